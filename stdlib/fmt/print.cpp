// Package fmt: the value walker and the Print/Printf families.
//
// The walker follows Go's fmt/print.go: an argument is an interface value;
// its dynamic type decides how it prints. Basic values go to the primitive
// layer (format.cpp); structs print as {a b} (or {A:a B:b} under %+v),
// arrays and slices as [a b], a pointer to a struct, array or slice at the
// top level as &{...}, other pointers, funcs and channels as 0x... A verb
// that does not apply prints Go's %!verb(type=value).
#include <algorithm>
#include <cmath>
#include <cstring>

#include "lexer/unicode.h"
#include "stdlib/errors/errors.h"
#include "stdlib/fmt/format.h"
#include "stdlib/stdlib.h"
#include "stdlib/strconv/strconv.h"
#include "vm/map.h"
#include "vm/runtime.h"
#include "vm/vm.h"

namespace gos::stdlib {

using types::Kind;
using vm::GoSlice;
using vm::GoString;
using vm::Iface;

namespace {

// The address of an interface's value (see vm/runtime.cpp).
const void* valueOf(const Iface& v) {
    return types::isPointerShaped(v.type) ? static_cast<const void*>(&v.data) : v.data;
}

template <class T>
T read(const void* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

class Printer;

// What a fmt.State (a *fmt.pp) points to: the printer whose Format call is
// running, or null once it returned. Pointer-free memory to the collector:
// the printer is a C++ object on the stack.
struct StateBox {
    Printer* printer;
};

class Printer {
public:
    explicit Printer(vm::VM& vm) : vm_(vm) {}

    std::string buf;
    fmt::Formatter f{buf};
    // Errorf: the first %w operand that is an error is printed as %v and
    // wrapped; any other %w (a second one, or an operand that is not an
    // error) is a bad verb and leaves nothing wrapped, as Go's.
    bool wrapErrs = false;
    Iface wrapped{};

    void printArg(const Iface& arg, char32_t verb) {
        if (!arg.type) {
            if (verb == 'T' || verb == 'v') f.padString(fmt::kNilAngleString);
            else badVerb(verb, nullptr, nullptr);
            return;
        }
        if (verb == 'T') {
            f.fmtS(types::typeString(arg.type, true));
            return;
        }
        if (verb == 'p') {
            fmtPointer(arg.type, valueOf(arg), 'p');
            return;
        }
        if (verb == 'w') {
            if (!wrapErrs || wrapped.type || !vm::stringMethod(arg.type, "Error")) {
                wrapped = {};
                wrapErrs = false;
                badVerb(verb, arg.type, valueOf(arg));
                return;
            }
            wrapped = arg;
            verb = 'v';
        }
        if (handleMethods(arg, verb)) return;
        printValue(arg.type, valueOf(arg), verb, 0);
    }

    // Go's handleMethods: under %#v a GoString() method prints the operand;
    // under %v %s %q %x %X an Error() method, or else a String() method,
    // gives the string to format. Methods written in Go run in the VM; a
    // panic in one prints as %!v(PANIC=String method: ...), or <nil> when
    // the receiver is a nil pointer (Go's catchPanic).
    bool handleMethods(const Iface& arg, char32_t verb) {
        if (const types::Method* fm = formatMethod(arg.type)) {
            callFormat(arg, verb, fm);
            return true;
        }
        const types::Method* m = nullptr;
        if (f.sharpV) {
            m = vm::stringMethod(arg.type, "GoString");
        } else if (verb == 'v' || verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') {
            m = vm::stringMethod(arg.type, "Error");
            if (!m) m = vm::stringMethod(arg.type, "String");
        }
        if (!m) return false;
        std::string text;
        vm::GoPanic caught;
        if (!vm::callStringMethod(vm_, arg, m, text, &caught)) {
            // a panic while printing a panic's value cannot be printed: it
            // goes on, out of fmt
            if (panicking_) throw caught;
            printPanic(arg, verb, m->name, caught);
            return true;
        }
        if (f.sharpV) buf += text;
        else if (!f.printString(text, verb)) badVerb(verb, arg.type, valueOf(arg));
        return true;
    }

    // Format(f fmt.State, verb rune) in the method set of t: a Formatter.
    static const types::Method* formatMethod(types::Type* t) {
        const types::Method* m = vm::findMethod(t, "Format");
        if (!m || m->native >= 0 || (m->pointerReceiver && t->kind != Kind::Pointer)) return nullptr;
        const types::Func* sig = m->sig;
        if (sig->params.size() != 2 || !sig->results.empty() || sig->variadic) return nullptr;
        types::Type* verbT = types::underlying(sig->params[1]);
        if (verbT->kind != Kind::Int32 || sig->params[0]->kind != Kind::Named ||
            static_cast<types::Named*>(sig->params[0])->name != "State" || static_cast<types::Named*>(sig->params[0])->pkg != "fmt")
            return nullptr;
        return m;
    }

    // Calls a Format method with this printer as its fmt.State: a *fmt.pp
    // whose box points back here while the call lasts (a State kept past it
    // writes nowhere).
    void callFormat(const Iface& arg, char32_t verb, const types::Method* m) {
        auto* box = static_cast<StateBox*>(vm_.allocate(sizeof(StateBox), true));
        box->printer = this;
        const auto& lib = vm_.program().libraryTypes;
        auto it = lib.find("fmt.pp");
        uint64_t args[4] = {reinterpret_cast<uint64_t>(arg.data),
                            reinterpret_cast<uint64_t>(it == lib.end() ? nullptr : it->second),
                            reinterpret_cast<uint64_t>(box), static_cast<uint64_t>(static_cast<int64_t>(verb))};
        vm::GoPanic caught;
        bool ok = vm_.call(m->ifaceFunction, args, {}, &caught);
        box->printer = nullptr;
        if (!ok) {
            if (panicking_) throw caught;
            printPanic(arg, verb, "Format", caught);
        }
    }

    void printPanic(const Iface& arg, char32_t verb, const std::string& method, const vm::GoPanic& p) {
        if (!p.runtimeError && !p.value.type) return;  // panic(nil): recover() says nothing happened
        if (arg.type->kind == Kind::Pointer && !arg.data) {
            buf += fmt::kNilAngleString;
            return;
        }
        fmt::FormatFlags saved = f;
        f.clearFlags();
        buf += fmt::kPercentBangString;
        fmt::appendRune(buf, verb);
        buf += "(PANIC=" + method + " method: ";
        panicking_ = true;
        if (p.runtimeError) buf += p.message;
        else printArg(p.value, 'v');  // with its methods: an error prints its Error()
        panicking_ = false;
        buf += ')';
        f.setFlags(saved);
    }

    void printValue(types::Type* t, const void* p, char32_t verb, int depth) {
        vm_.guardNativeStack();
        // a field or element with methods: as an operand (unless reached
        // through an unexported field, which reflect cannot Interface())
        if (depth > 0 && hidden_ == 0 && t->kind != Kind::Interface) {
            Iface v{t, types::isPointerShaped(t) ? read<void*>(p) : const_cast<void*>(p)};
            if (handleMethods(v, verb)) return;
        }
        types::Type* u = types::underlying(t);
        switch (u->kind) {
            case Kind::Bool:
                if (!f.printBool(read<uint8_t>(p) != 0, verb)) badVerb(verb, t, p);
                return;
            case Kind::Int:
            case Kind::Int64: integer(static_cast<uint64_t>(read<int64_t>(p)), true, verb, t, p); return;
            case Kind::Int32: integer(static_cast<uint64_t>(static_cast<int64_t>(read<int32_t>(p))), true, verb, t, p); return;
            case Kind::Int16: integer(static_cast<uint64_t>(static_cast<int64_t>(read<int16_t>(p))), true, verb, t, p); return;
            case Kind::Int8: integer(static_cast<uint64_t>(static_cast<int64_t>(read<int8_t>(p))), true, verb, t, p); return;
            case Kind::Uint:
            case Kind::Uint64:
            case Kind::Uintptr: integer(read<uint64_t>(p), false, verb, t, p); return;
            case Kind::Uint32: integer(read<uint32_t>(p), false, verb, t, p); return;
            case Kind::Uint16: integer(read<uint16_t>(p), false, verb, t, p); return;
            case Kind::Uint8: integer(read<uint8_t>(p), false, verb, t, p); return;
            case Kind::Float32:
                if (!f.printFloat(read<float>(p), 32, verb)) badVerb(verb, t, p);
                return;
            case Kind::Float64:
                if (!f.printFloat(read<double>(p), 64, verb)) badVerb(verb, t, p);
                return;
            case Kind::Complex64: {
                float c[2];
                std::memcpy(c, p, 8);
                if (!f.printComplex(c[0], c[1], 64, verb)) badVerb(verb, t, p);
                return;
            }
            case Kind::Complex128: {
                double c[2];
                std::memcpy(c, p, 16);
                if (!f.printComplex(c[0], c[1], 128, verb)) badVerb(verb, t, p);
                return;
            }
            case Kind::String: {
                GoString s = read<GoString>(p);
                if (!f.printString(s.view(), verb)) badVerb(verb, t, p);
                return;
            }
            case Kind::Struct: {
                auto* st = static_cast<types::Struct*>(u);
                if (f.sharpV) buf += types::typeString(t, true);
                buf += '{';
                for (size_t k = 0; k < st->fields.size(); ++k) {
                    if (k > 0) buf += f.sharpV ? ", " : " ";
                    if (f.plusV || f.sharpV) {
                        buf += st->fields[k].name;
                        buf += ':';
                    }
                    bool hidden = !unicode::isExported(st->fields[k].name);
                    hidden_ += hidden;
                    printField(st->fields[k].type, static_cast<const char*>(p) + st->fields[k].offset, verb, depth + 1);
                    hidden_ -= hidden;
                }
                buf += '}';
                return;
            }
            case Kind::Interface: {
                Iface v = read<Iface>(p);
                if (!v.type) {
                    if (f.sharpV) {
                        buf += types::typeString(t, true);
                        buf += "(nil)";
                    } else {
                        f.padString(fmt::kNilAngleString);
                    }
                    return;
                }
                if (depth > 0 && hidden_ == 0 && handleMethods(v, verb)) return;
                printValue(v.type, valueOf(v), verb, depth + 1);
                return;
            }
            case Kind::Array: {
                auto* a = static_cast<types::Array*>(u);
                if (types::underlying(a->elem)->kind == Kind::Uint8 && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')) {
                    f.printBytes(std::string_view(static_cast<const char*>(p), static_cast<size_t>(a->len)), false, verb,
                                 types::typeString(t, true));
                    return;
                }
                sequence(a->elem, p, a->len, verb, depth, t);
                return;
            }
            case Kind::Slice: {
                GoSlice s = read<GoSlice>(p);
                auto* sl = static_cast<types::Slice*>(u);
                types::Kind ek = types::underlying(sl->elem)->kind;
                if (ek == Kind::Uint8 && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')) {
                    f.printBytes(std::string_view(static_cast<const char*>(s.data), static_cast<size_t>(s.len)),
                                 s.data == nullptr, verb, types::typeString(t, true));
                    return;
                }
                if (f.sharpV && !s.data) {
                    buf += types::typeString(t, true);
                    buf += "(nil)";
                    return;
                }
                sequence(sl->elem, s.data, s.len, verb, depth, t);
                return;
            }
            case Kind::Pointer: {
                const void* target = read<const void*>(p);
                if (depth == 0 && target) {
                    types::Type* e = types::underlying(static_cast<types::Pointer*>(u)->elem);
                    if (e->kind == Kind::Struct || e->kind == Kind::Array || e->kind == Kind::Slice || e->kind == Kind::Map) {
                        buf += '&';
                        printValue(static_cast<types::Pointer*>(u)->elem, target, verb, depth + 1);
                        return;
                    }
                }
                if (f.sharpV) {
                    buf += '(' + types::typeString(t, true) + ")(";
                    if (!target) buf += "nil";
                    else f.fmt0x64(reinterpret_cast<uint64_t>(target), true);
                    buf += ')';
                    return;
                }
                fmtPointer(t, p, verb);
                return;
            }
            case Kind::Map: printMap(t, read<vm::HMap*>(p), verb, depth); return;
            case Kind::Func:
            case Kind::Chan:
            case Kind::UnsafePointer: fmtPointer(t, p, verb); return;
            default: buf += "?"; return;
        }
    }

    // map[k:v ...] with the keys sorted as Go's fmt sorts them
    // (internal/fmtsort); %#v: map[K]V{k:v, ...}, or map[K]V(nil).
    void printMap(types::Type* t, vm::HMap* m, char32_t verb, int depth) {
        auto* mt = static_cast<types::Map*>(types::underlying(t));
        if (f.sharpV && !m) {
            buf += types::typeString(t, true) + "(nil)";
            return;
        }
        std::vector<std::pair<const void*, const void*>> entries;
        vm::MapIter it{};
        vm::mapIterInit(vm_, mt, m, &it);
        for (; it.key; vm::mapIterNext(vm_, &it)) entries.push_back({it.key, it.elem});
        std::stable_sort(entries.begin(), entries.end(), [&](const auto& a, const auto& b) {
            return compareKeys(mt->key, a.first, b.first) < 0;
        });
        if (f.sharpV) buf += types::typeString(t, true) + "{";
        else buf += "map[";
        for (size_t k = 0; k < entries.size(); ++k) {
            if (k > 0) buf += f.sharpV ? ", " : " ";
            printValue(mt->key, entries[k].first, verb, depth + 1);
            buf += ':';
            printValue(mt->elem, entries[k].second, verb, depth + 1);
        }
        buf += f.sharpV ? '}' : ']';
    }

    // fmtsort's order: numbers by value (NaN first), strings bytewise,
    // false before true, pointers by address, arrays and structs element by
    // element, interfaces nil first, then by dynamic type, then by value.
    static int compareKeys(types::Type* t, const void* a, const void* b) {
        auto cmp = [](auto x, auto y) { return x < y ? -1 : x > y ? 1 : 0; };
        auto fcmp = [&](double x, double y) {
            if (std::isnan(x)) return std::isnan(y) ? 0 : -1;
            if (std::isnan(y)) return 1;
            return cmp(x, y);
        };
        types::Type* u = types::underlying(t);
        switch (u->kind) {
            case Kind::Int:
            case Kind::Int64: return cmp(read<int64_t>(a), read<int64_t>(b));
            case Kind::Int32: return cmp(read<int32_t>(a), read<int32_t>(b));
            case Kind::Int16: return cmp(read<int16_t>(a), read<int16_t>(b));
            case Kind::Int8: return cmp(read<int8_t>(a), read<int8_t>(b));
            case Kind::Uint:
            case Kind::Uint64:
            case Kind::Uintptr:
            case Kind::Pointer:
            case Kind::Chan:
            case Kind::UnsafePointer: return cmp(read<uint64_t>(a), read<uint64_t>(b));
            case Kind::Uint32: return cmp(read<uint32_t>(a), read<uint32_t>(b));
            case Kind::Uint16: return cmp(read<uint16_t>(a), read<uint16_t>(b));
            case Kind::Uint8:
            case Kind::Bool: return cmp(read<uint8_t>(a), read<uint8_t>(b));
            case Kind::Float32: return fcmp(read<float>(a), read<float>(b));
            case Kind::Float64: return fcmp(read<double>(a), read<double>(b));
            case Kind::Complex64: {
                int c = fcmp(read<float>(a), read<float>(b));
                return c ? c : fcmp(read<float>(static_cast<const char*>(a) + 4), read<float>(static_cast<const char*>(b) + 4));
            }
            case Kind::Complex128: {
                int c = fcmp(read<double>(a), read<double>(b));
                return c ? c : fcmp(read<double>(static_cast<const char*>(a) + 8), read<double>(static_cast<const char*>(b) + 8));
            }
            case Kind::String: return read<GoString>(a).view().compare(read<GoString>(b).view()) < 0 ? -1
                                      : read<GoString>(a).view() == read<GoString>(b).view()        ? 0
                                                                                                  : 1;
            case Kind::Array: {
                auto* arr = static_cast<types::Array*>(u);
                for (int64_t k = 0; k < arr->len; ++k) {
                    int c = compareKeys(arr->elem, static_cast<const char*>(a) + k * arr->elem->size,
                                        static_cast<const char*>(b) + k * arr->elem->size);
                    if (c) return c;
                }
                return 0;
            }
            case Kind::Struct:
                for (const types::Field& fld : static_cast<types::Struct*>(u)->fields) {
                    int c = compareKeys(fld.type, static_cast<const char*>(a) + fld.offset, static_cast<const char*>(b) + fld.offset);
                    if (c) return c;
                }
                return 0;
            case Kind::Interface: {
                Iface x = read<Iface>(a), y = read<Iface>(b);
                if (!x.type || !y.type) return cmp(x.type != nullptr, y.type != nullptr);
                if (x.type != y.type) return cmp(reinterpret_cast<uintptr_t>(x.type), reinterpret_cast<uintptr_t>(y.type));
                return compareKeys(x.type, valueOf(x), valueOf(y));
            }
            default: return 0;
        }
    }

    // A field or element: a nil interface prints <nil>.
    void printField(types::Type* t, const void* p, char32_t verb, int depth) { printValue(t, p, verb, depth); }

    void sequence(types::Type* elem, const void* data, int64_t n, char32_t verb, int depth, types::Type* whole) {
        if (f.sharpV) {
            buf += types::typeString(whole, true);
            buf += '{';
        } else {
            buf += '[';
        }
        for (int64_t k = 0; k < n; ++k) {
            if (k > 0) buf += f.sharpV ? ", " : " ";
            printValue(elem, static_cast<const char*>(data) + k * elem->size, verb, depth + 1);
        }
        buf += f.sharpV ? '}' : ']';
    }

    void integer(uint64_t v, bool isSigned, char32_t verb, types::Type* t, const void* p) {
        if (!f.printInteger(v, isSigned, verb)) badVerb(verb, t, p);
    }

    void fmtPointer(types::Type* t, const void* p, char32_t verb) {
        uint64_t u = read<uint64_t>(p);
        switch (verb) {
            case 'v':
                if (u == 0) f.padString(fmt::kNilAngleString);
                else f.fmt0x64(u, !f.sharp);
                return;
            case 'p': f.fmt0x64(u, !f.sharp); return;
            case 'b':
            case 'o':
            case 'd':
            case 'x':
            case 'X': f.printInteger(u, false, verb); return;
            default: badVerb(verb, t, p);
        }
    }

    void badVerb(char32_t verb, types::Type* t, const void* p) {
        buf += fmt::kPercentBangString;
        fmt::appendRune(buf, verb);
        buf += '(';
        if (t) {
            buf += types::typeString(t, true);
            buf += '=';
            printValue(t, p, 'v', 0);
        } else {
            buf += fmt::kNilAngleString;
        }
        buf += ')';
    }

    // Print and Println.
    void print(const Iface* args, int64_t n, bool ln) {
        bool prevString = false;
        for (int64_t k = 0; k < n; ++k) {
            const Iface& a = args[k];
            bool isString = a.type && types::underlying(a.type)->kind == Kind::String;
            if (ln) {
                if (k > 0) buf += ' ';
            } else if (k > 0 && !isString && !prevString) {
                buf += ' ';
            }
            f.clearFlags();
            printArg(a, 'v');
            prevString = isString;
        }
        if (ln) buf += '\n';
    }

    void printf(std::string_view format, const Iface* args, int64_t n) {
        auto intArg = [&](int i) -> std::optional<int64_t> {
            const Iface& a = args[i];
            if (!a.type || !types::isInteger(a.type)) return std::nullopt;
            const void* p = valueOf(a);
            int64_t size = types::underlying(a.type)->size;
            bool sign = !types::isUnsigned(a.type);
            if (size == 8) {
                uint64_t v = read<uint64_t>(p);
                if (!sign && v > static_cast<uint64_t>(INT64_MAX)) return std::nullopt;
                return static_cast<int64_t>(v);
            }
            if (size == 4) return sign ? static_cast<int64_t>(read<int32_t>(p)) : static_cast<int64_t>(read<uint32_t>(p));
            if (size == 2) return sign ? static_cast<int64_t>(read<int16_t>(p)) : static_cast<int64_t>(read<uint16_t>(p));
            return sign ? static_cast<int64_t>(read<int8_t>(p)) : static_cast<int64_t>(read<uint8_t>(p));
        };
        fmt::PrintfScanner scan(format, static_cast<int>(n), intArg);
        fmt::PrintfDirective d;
        while (scan.next(buf, d)) {
            f.setFlags(d.flags);
            printArg(args[d.argIndex], d.verb);
        }
        if (int k = scan.extraArgsBegin(); k >= 0) {
            f.clearFlags();
            buf += fmt::kExtraString;
            for (int64_t i = k; i < n; ++i) {
                if (i > k) buf += ", ";
                if (!args[i].type) {
                    buf += fmt::kNilAngleString;
                } else {
                    buf += types::typeString(args[i].type, true);
                    buf += '=';
                    printArg(args[i], 'v');
                }
            }
            buf += ')';
        }
    }

private:
    vm::VM& vm_;
    int hidden_ = 0;          // inside how many unexported fields
    bool panicking_ = false;  // printing the value of a caught panic
};

const Iface* ifaces(uint64_t* slice) { return static_cast<const Iface*>(reinterpret_cast<GoSlice*>(slice)->data); }
int64_t count(uint64_t* slice) { return reinterpret_cast<GoSlice*>(slice)->len; }

GoString goString(uint64_t* at) { return read<GoString>(at); }

void setResults(uint64_t* args, size_t n) {
    args[0] = n;
    args[1] = 0;  // err = nil
    args[2] = 0;
}

void setString(vm::VM& vm, uint64_t* args, const std::string& s) {
    GoString g = vm.makeString(s);
    std::memcpy(args, &g, sizeof g);
}

// The file descriptor of an *os.File held in an io.Writer.
// The F-functions hand the text to the io.Writer's Write method (a native
// for *os.File, Go code for other writers) and return what it returns.
void writeTo(vm::VM& vm, const Iface& w, const std::string& text) {
    if (!w.type) vm.runtimeError(vm::kNilDeref, true);
    const types::Method* m = vm::findMethod(w.type, "Write");
    auto* bytes = static_cast<char*>(vm.allocate(text.size(), true));
    std::memcpy(bytes, text.data(), text.size());
    auto n = static_cast<uint64_t>(text.size());
    uint64_t in[4] = {reinterpret_cast<uint64_t>(w.data), reinterpret_cast<uint64_t>(bytes), n, n}, out[3];
    if (m->native >= 0) {
        vm.program().natives[static_cast<size_t>(m->native)].fn(vm, in);
        std::memcpy(out, in, sizeof out);
    } else {
        vm.call(m->ifaceFunction, in, out);
    }
    std::memcpy(vm.nativeArgs(), out, sizeof out);
}

// Printing may run methods written in Go, which may move the stack: the
// results are written through vm.nativeArgs(), never through args.
void nPrint(vm::VM& vm, uint64_t* args) {
    Printer p(vm);
    p.print(ifaces(args), count(args), false);
    vm.writeStdout(p.buf);
    setResults(vm.nativeArgs(), p.buf.size());
}

void nPrintln(vm::VM& vm, uint64_t* args) {
    Printer p(vm);
    p.print(ifaces(args), count(args), true);
    vm.writeStdout(p.buf);
    setResults(vm.nativeArgs(), p.buf.size());
}

void nPrintf(vm::VM& vm, uint64_t* args) {
    Printer p(vm);
    p.printf(goString(args).view(), ifaces(args + 2), count(args + 2));
    vm.writeStdout(p.buf);
    setResults(vm.nativeArgs(), p.buf.size());
}

void nSprint(vm::VM& vm, uint64_t* args) {
    Printer p(vm);
    p.print(ifaces(args), count(args), false);
    setString(vm, vm.nativeArgs(), p.buf);
}

void nSprintln(vm::VM& vm, uint64_t* args) {
    Printer p(vm);
    p.print(ifaces(args), count(args), true);
    setString(vm, vm.nativeArgs(), p.buf);
}

void nSprintf(vm::VM& vm, uint64_t* args) {
    Printer p(vm);
    p.printf(goString(args).view(), ifaces(args + 2), count(args + 2));
    setString(vm, vm.nativeArgs(), p.buf);
}

void nFprint(vm::VM& vm, uint64_t* args) {
    Printer p(vm);
    Iface w = read<Iface>(args);
    p.print(ifaces(args + 2), count(args + 2), false);
    writeTo(vm, w, p.buf);
}

void nFprintln(vm::VM& vm, uint64_t* args) {
    Printer p(vm);
    Iface w = read<Iface>(args);
    p.print(ifaces(args + 2), count(args + 2), true);
    writeTo(vm, w, p.buf);
}

void nFprintf(vm::VM& vm, uint64_t* args) {
    Printer p(vm);
    Iface w = read<Iface>(args);
    p.printf(goString(args + 2).view(), ifaces(args + 4), count(args + 4));
    writeTo(vm, w, p.buf);
}

// Errorf's result when it wrapped an error: *fmt.wrapError.
struct WrapError {
    vm::GoString msg;
    Iface err;
};

void nErrorf(vm::VM& vm, uint64_t* args) {
    Printer p(vm);
    p.wrapErrs = true;
    p.printf(goString(args).view(), ifaces(args + 2), count(args + 2));
    Iface err;
    if (p.wrapped.type) {
        auto* w = static_cast<WrapError*>(vm.allocate(sizeof(WrapError), false));
        w->msg = vm.makeString(p.buf);
        w->err = p.wrapped;
        err = {vm.program().libraryTypes.at("fmt.wrapError"), w};
    } else {
        err = makeError(vm, "errors.errorString", p.buf);
    }
    std::memcpy(vm.nativeArgs(), &err, sizeof err);
}

void nWrapErrorError(vm::VM& vm, uint64_t* a) {
    auto* w = reinterpret_cast<const WrapError*>(a[0]);
    if (!w) vm.runtimeError(vm::kNilDeref, true);
    std::memcpy(a, &w->msg, sizeof w->msg);
}

void nWrapErrorUnwrap(vm::VM& vm, uint64_t* a) {
    auto* w = reinterpret_cast<const WrapError*>(a[0]);
    if (!w) vm.runtimeError(vm::kNilDeref, true);
    std::memcpy(a, &w->err, sizeof w->err);
}

// The methods of *fmt.pp, the fmt.State a Format method is given.
Printer* statePrinter(uint64_t* a) { return reinterpret_cast<StateBox*>(a[0])->printer; }

// Write(b []byte) (n int, err error)
void nStateWrite(vm::VM& vm, uint64_t* a) {
    GoSlice b = sliceArg(a, 1);
    if (Printer* p = statePrinter(a)) p->buf.append(static_cast<const char*>(b.data), static_cast<size_t>(b.len));
    a[0] = static_cast<uint64_t>(b.len);
    a[1] = a[2] = 0;
    (void)vm;
}
// Width() (wid int, ok bool)
void nStateWidth(vm::VM& vm, uint64_t* a) {
    Printer* p = statePrinter(a);
    a[0] = p ? static_cast<uint64_t>(static_cast<int64_t>(p->f.wid)) : 0;
    a[1] = p && p->f.widPresent;
    (void)vm;
}
// Precision() (prec int, ok bool)
void nStatePrecision(vm::VM& vm, uint64_t* a) {
    Printer* p = statePrinter(a);
    a[0] = p ? static_cast<uint64_t>(static_cast<int64_t>(p->f.prec)) : 0;
    a[1] = p && p->f.precPresent;
    (void)vm;
}
// Flag(c int) bool
void nStateFlag(vm::VM& vm, uint64_t* a) {
    Printer* p = statePrinter(a);
    auto c = static_cast<int64_t>(a[1]);
    bool on = false;
    if (p) {
        switch (c) {
            case '-': on = p->f.minus; break;
            case '+': on = p->f.plus || p->f.plusV; break;
            case '#': on = p->f.sharp || p->f.sharpV; break;
            case ' ': on = p->f.space; break;
            case '0': on = p->f.zero; break;
            default: break;
        }
    }
    a[0] = on;
    (void)vm;
}

}  // namespace

// What the session's sink gets: the value (an interface: its text may call
// String or Error methods, so this runs on a fiber) and its type's name.
static void nShow(vm::VM& vm, uint64_t* args) {
    Iface v = read<Iface>(args);
    std::string type(goString(args + 2).view());
    Printer p(vm);
    p.print(&v, 1, false);
    const auto* sink = static_cast<const ShowSink*>(vm.runningNative().data);
    (*sink)(std::move(p.buf), std::move(type));
}

int32_t addShowNative(vm::Program& program, const ShowSink* sink) {
    program.natives.push_back({"fmt.show", nShow, true, sink});
    return static_cast<int32_t>(program.natives.size() - 1);
}

void declareFmt(PackageBuilder& b) {
    auto& tt = b.types();
    types::Type* intT = b.basic(Kind::Int);
    types::Type* str = b.basic(Kind::String);
    types::Type* err = tt.errorType();
    types::Type* args = b.anySlice();
    // io.Writer, as fmt's F-functions take it
    types::Func* writeSig = tt.func({tt.slice(tt.byteType())}, {intT, err}, false);
    types::Type* writer = tt.interfaceType({{"Write", writeSig}});

    types::Named* stringer = tt.named("Stringer", "fmt");
    tt.setUnderlying(stringer, tt.interfaceType({{"String", tt.func({}, {str}, false)}}));
    b.typeName("Stringer", stringer);

    // State and Formatter, and *pp, the State a Format method gets
    types::Type* boolT = b.basic(Kind::Bool);
    types::Func* widthSig = tt.func({}, {intT, boolT}, false);
    types::Func* flagSig = tt.func({intT}, {boolT}, false);
    types::Named* state = tt.named("State", "fmt");
    tt.setUnderlying(state, tt.interfaceType({{"Write", writeSig}, {"Width", widthSig}, {"Precision", widthSig}, {"Flag", flagSig}}));
    b.typeName("State", state);
    types::Named* formatter = tt.named("Formatter", "fmt");
    tt.setUnderlying(formatter, tt.interfaceType({{"Format", tt.func({state, tt.runeType()}, {}, false)}}));
    b.typeName("Formatter", formatter);
    types::Named* pp = tt.named("pp", "fmt");
    tt.setUnderlying(pp, tt.structType({{"p", tt.basic(Kind::Uintptr), 0, false, ""}}));
    b.method(pp, "Write", writeSig, true, nStateWrite);
    b.method(pp, "Width", widthSig, true, nStateWidth);
    b.method(pp, "Precision", widthSig, true, nStatePrecision);
    b.method(pp, "Flag", flagSig, true, nStateFlag);
    b.program().libraryTypes["fmt.pp"] = tt.pointer(pp);

    auto* printSig = tt.func({args}, {intT, err}, true);
    b.func("Print", printSig, nPrint);
    b.func("Println", printSig, nPrintln);
    b.func("Printf", tt.func({str, args}, {intT, err}, true), nPrintf);
    auto* sprintSig = tt.func({args}, {str}, true);
    b.func("Sprint", sprintSig, nSprint);
    b.func("Sprintln", sprintSig, nSprintln);
    b.func("Sprintf", tt.func({str, args}, {str}, true), nSprintf);
    b.func("Fprint", tt.func({writer, args}, {intT, err}, true), nFprint);
    b.func("Fprintln", tt.func({writer, args}, {intT, err}, true), nFprintln);
    b.func("Fprintf", tt.func({writer, str, args}, {intT, err}, true), nFprintf);
    declareErrorType(b, "errors", "errorString", b.program());
    types::Named* wrapError = tt.named("wrapError", "fmt");
    tt.setUnderlying(wrapError, tt.structType({{"msg", str, 0, false, ""}, {"err", err, 0, false, ""}}));
    b.method(wrapError, "Error", tt.func({}, {str}, false), true, nWrapErrorError);
    b.method(wrapError, "Unwrap", tt.func({}, {err}, false), true, nWrapErrorUnwrap);
    b.program().libraryTypes["fmt.wrapError"] = tt.pointer(wrapError);
    b.func("Errorf", tt.func({str, args}, {err}, true), nErrorf);
}

}  // namespace gos::stdlib
