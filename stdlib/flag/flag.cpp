// Package flag: command-line flag parsing, Go's FlagSet and the top-level
// functions over CommandLine (the program's os.Args).
//
// Defining (Bool, Int, Int64, Uint, Uint64, Float64, String, Duration, and
// their *Var forms), Parse with Go's syntax (-f, --f, -f=v, -f v, a bare
// boolean, "--" ending the flags, the first non-flag ending them too),
// Parsed, Args, NArg, Arg, NFlag, Set, PrintDefaults in Go's layout, and
// Usage (the package variable for CommandLine, the FlagSet field for the
// others). Errors are Go's words, printed with the usage on standard
// error; then, as the set's ErrorHandling says, Parse returns the error,
// exits with status 2 (0 for -h and -help when they are not defined), or
// panics.
//
// A FlagSet lives in Go memory with Usage as its first field, as in Go,
// and its records in a collected array, so the variables the flags point
// to stay alive as long as the set does.
#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <vector>

#include "stdlib/errors/errors.h"
#include "stdlib/stdlib.h"
#include "stdlib/strconv/strconv.h"
#include "stdlib/time/time.h"
#include "vm/runtime.h"
#include "vm/value.h"

namespace gos::stdlib {

namespace {

using types::Kind;

enum FlagKind : int64_t { kBool, kInt, kInt64, kUint, kUint64, kFloat64, kString, kDuration };

struct Flag {
    vm::GoString name, usage, defValue;
    int64_t kind;
    void* value;  // the variable: bool, int64, uint64, double, GoString or Duration
};

enum Handling : int64_t { kContinueOnError, kExitOnError, kPanicOnError };

struct FlagSet {
    vm::Closure* usage;  // the exported field Usage
    vm::GoString name;
    Flag* flags;
    int64_t count, capacity;
    vm::GoSlice args;  // what is left after Parse
    int64_t parsed;
    int64_t setCount;  // NFlag
    int64_t* set;      // set[i]: flag i was given (a collected array)
    int64_t handling;
};

// The per-VM variables CommandLine, Usage and ErrHelp.
struct Globals {
    FlagSet* commandLine;
    vm::Closure* usage;
    vm::Iface errHelp;
};

const char kGlobalsKey = 0;

Globals& globals(vm::VM& vm) {
    bool fresh;
    auto* g = static_cast<Globals*>(vm.libraryVariable(&kGlobalsKey, sizeof(Globals), fresh));
    if (fresh) {
        g->commandLine = static_cast<FlagSet*>(vm.allocate(sizeof(FlagSet), false));
        g->commandLine->name = vm.makeString(vm.config().args.empty() ? "" : vm.config().args[0]);
        g->commandLine->handling = kExitOnError;
        const auto& fns = vm.program().libraryFunctions;
        g->commandLine->usage = makeClosure(vm, fns.at("flag.commandLineUsage"), nullptr);
        g->usage = makeClosure(vm, fns.at("flag.defaultUsage"), nullptr);
        g->errHelp = makeError(vm, "errors.errorString", "flag: help requested");
    }
    return *g;
}

// The value's text, as Go's Value.String gives it.
std::string valueText(const Flag& f) {
    switch (f.kind) {
        case kBool: return *static_cast<const bool*>(f.value) ? "true" : "false";
        case kInt:
        case kInt64: return strconv::itoa(*static_cast<const int64_t*>(f.value));
        case kUint:
        case kUint64: return strconv::formatUint(*static_cast<const uint64_t*>(f.value), 10);
        case kFloat64: return strconv::formatFloat(*static_cast<const double*>(f.value), 'g', -1, 64);
        case kDuration: return timepkg::durationString(*static_cast<const int64_t*>(f.value));
        default: return std::string(static_cast<const vm::GoString*>(f.value)->view());
    }
}

// Set: "" on success, else the error's text. As Go's Set methods, it
// stores what the parse gave even when it failed (0, the largest value
// for one out of range, false).
std::string setValue(vm::VM& vm, Flag& f, std::string_view s) {
    using strconv::ParseError;
    auto numError = [](ParseError e) -> std::string {
        return e == ParseError::None ? "" : e == ParseError::Range ? "value out of range" : "parse error";
    };
    switch (f.kind) {
        case kBool: {
            bool b = false;
            ParseError e = strconv::parseBool(s, b);
            *static_cast<bool*>(f.value) = b;
            return e == ParseError::None ? "" : "parse error";
        }
        case kInt:
        case kInt64: {
            int64_t v = 0;
            ParseError e = strconv::parseInt(s, 0, 64, v);
            *static_cast<int64_t*>(f.value) = v;
            return numError(e);
        }
        case kUint:
        case kUint64: {
            uint64_t v = 0;
            ParseError e = strconv::parseUint(s, 0, 64, v);
            *static_cast<uint64_t*>(f.value) = v;
            return numError(e);
        }
        case kFloat64: {
            double v = 0;
            ParseError e = strconv::parseFloat(s, 64, v);
            *static_cast<double*>(f.value) = v;
            return numError(e);
        }
        case kDuration: {
            int64_t d = 0;
            std::string err;
            bool ok = timepkg::parseDuration(s, d, err);
            *static_cast<int64_t*>(f.value) = ok ? d : 0;
            return ok ? "" : "parse error";
        }
        default: *static_cast<vm::GoString*>(f.value) = vm.makeString(s); return "";
    }
}

Flag* lookup(FlagSet& fs, std::string_view name) {
    for (int64_t i = 0; i < fs.count; ++i)
        if (fs.flags[i].name.view() == name) return &fs.flags[i];
    return nullptr;
}

void define(vm::VM& vm, FlagSet& fs, FlagKind kind, void* value, std::string_view name, std::string_view usage) {
    if (lookup(fs, name)) {
        std::string msg = fs.name.len == 0 ? "flag redefined: " + std::string(name)
                                           : std::string(fs.name.view()) + " flag redefined: " + std::string(name);
        vm.writeStderr(msg + "\n");
        panicString(vm, msg);
    }
    if (fs.count == fs.capacity) {
        int64_t cap = fs.capacity ? fs.capacity * 2 : 8;
        auto* flags = static_cast<Flag*>(vm.allocate(sizeof(Flag) * static_cast<size_t>(cap), false));
        auto* set = static_cast<int64_t*>(vm.allocate(sizeof(int64_t) * static_cast<size_t>(cap), true));
        if (fs.count) {
            std::memcpy(flags, fs.flags, sizeof(Flag) * static_cast<size_t>(fs.count));
            std::memcpy(set, fs.set, sizeof(int64_t) * static_cast<size_t>(fs.count));
        }
        fs.flags = flags;
        fs.set = set;
        fs.capacity = cap;
    }
    Flag& f = fs.flags[fs.count++];
    f.name = vm.makeString(name);
    f.usage = vm.makeString(usage);
    f.kind = kind;
    f.value = value;
    f.defValue = vm.makeString(valueText(f));
}

// The set a native works on: the receiver of a method (slot 0, its other
// arguments after it), else CommandLine.
template <bool Method>
FlagSet& setOf(vm::VM& vm, uint64_t*& a) {
    if constexpr (Method) {
        auto* fs = reinterpret_cast<FlagSet*>(a[0]);
        if (!fs) vm.runtimeError(vm::kNilDeref, true);
        ++a;
        return *fs;
    } else {
        return *globals(vm).commandLine;
    }
}

// the variable's size: a Go bool is one byte
size_t valueSize(FlagKind kind) { return kind == kString ? sizeof(vm::GoString) : kind == kBool ? 1 : 8; }

// X(name, value, usage) *T: the value follows the name in slot 2 (three
// slots for a string: its data and length, then the usage).
template <FlagKind K, bool Method>
void nNew(vm::VM& vm, uint64_t* a) {
    uint64_t* result = a;
    FlagSet& fs = setOf<Method>(vm, a);
    void* cell = vm.allocate(valueSize(K), K != kString);
    std::memcpy(cell, a + 2, valueSize(K));
    int usageSlot = K == kString ? 4 : 3;
    define(vm, fs, K, cell, stringArg(a, 0), stringArg(a, usageSlot));
    result[0] = reinterpret_cast<uint64_t>(cell);
}

// XVar(p *T, name, value, usage)
template <FlagKind K, bool Method>
void nVar(vm::VM& vm, uint64_t* a) {
    FlagSet& fs = setOf<Method>(vm, a);
    void* p = reinterpret_cast<void*>(a[0]);
    if (!p) vm.runtimeError(vm::kNilDeref, true);
    std::memcpy(p, a + 3, valueSize(K));
    int usageSlot = K == kString ? 5 : 4;
    define(vm, fs, K, p, stringArg(a, 1), stringArg(a, usageSlot));
}

// Go's UnquoteUsage: a `quoted` word of the usage names the value, else
// the type does.
std::pair<std::string, std::string> unquoteUsage(const Flag& f) {
    std::string usage(f.usage.view());
    size_t open = usage.find('`');
    if (open != std::string::npos) {
        size_t close = usage.find('`', open + 1);
        if (close != std::string::npos) {
            std::string name = usage.substr(open + 1, close - open - 1);
            return {name, usage.substr(0, open) + name + usage.substr(close + 1)};
        }
    }
    switch (f.kind) {
        case kBool: return {"", usage};
        case kDuration: return {"duration", usage};
        case kFloat64: return {"float", usage};
        case kInt:
        case kInt64: return {"int", usage};
        case kString: return {"string", usage};
        default: return {"uint", usage};
    }
}

bool isZeroDefault(const Flag& f) {
    std::string_view d = f.defValue.view();
    switch (f.kind) {
        case kBool: return d == "false";
        case kString: return d.empty();
        case kDuration: return d == "0s";
        default: return d == "0";
    }
}

void printDefaults(vm::VM& vm, FlagSet& fs) {
    std::vector<const Flag*> sorted;
    for (int64_t i = 0; i < fs.count; ++i) sorted.push_back(&fs.flags[i]);
    std::sort(sorted.begin(), sorted.end(), [](const Flag* x, const Flag* y) { return x->name.view() < y->name.view(); });
    std::string out;
    for (const Flag* f : sorted) {
        std::string b = "  -" + std::string(f->name.view());
        auto [name, usage] = unquoteUsage(*f);
        if (!name.empty()) b += " " + name;
        b += b.size() <= 4 ? "\t" : "\n    \t";
        for (char c : usage) b += c == '\n' ? std::string("\n    \t") : std::string(1, c);
        if (!isZeroDefault(*f)) {
            if (f->kind == kString) b += " (default " + strconv::quote(f->defValue.view()) + ")";
            else b += " (default " + std::string(f->defValue.view()) + ")";
        }
        out += b + "\n";
    }
    vm.writeStderr(out);
}

template <bool Method>
void nPrintDefaults(vm::VM& vm, uint64_t* a) {
    printDefaults(vm, setOf<Method>(vm, a));
}

// flag.Usage's first value, and CommandLine.Usage's (which calls the
// variable flag.Usage, whatever it holds then).
void nDefaultUsage(vm::VM& vm, uint64_t*) {
    FlagSet& fs = *globals(vm).commandLine;
    vm.writeStderr("Usage of " + std::string(fs.name.view()) + ":\n");
    printDefaults(vm, fs);
}
void nCommandLineUsage(vm::VM& vm, uint64_t*) { vm.call(globals(vm).usage, {}, {}); }

// f.usage(): its Usage field, or Go's defaultUsage when that is nil.
void usage(vm::VM& vm, FlagSet& fs) {
    if (fs.usage) {
        vm.call(fs.usage, {}, {});
        return;
    }
    vm.writeStderr(fs.name.len == 0 ? std::string("Usage:\n") : "Usage of " + std::string(fs.name.view()) + ":\n");
    printDefaults(vm, fs);
}

// Go's parseOne loop. "" on success, else the error's text (help: -h or
// -help not defined). Args is what is left, also after a failure.
std::string parseArgs(vm::VM& vm, FlagSet& fs, const std::vector<std::string>& all, bool& help) {
    fs.parsed = 1;
    help = false;
    size_t k = 0;  // all[k:] are the arguments left
    std::string failure;
    while (k < all.size()) {
        std::string_view s = all[k];
        if (s.size() < 2 || s[0] != '-') break;
        size_t minuses = 1;
        if (s[1] == '-') {
            minuses = 2;
            if (s.size() == 2) {  // "--" ends the flags
                ++k;
                break;
            }
        }
        std::string_view name = s.substr(minuses);
        if (name.empty() || name[0] == '-' || name[0] == '=') {
            failure = "bad flag syntax: " + std::string(s);
            break;
        }
        ++k;
        bool hasValue = false;
        std::string value;
        size_t eq = name.find('=', 1);
        if (eq != std::string_view::npos) {
            value = std::string(name.substr(eq + 1));
            hasValue = true;
            name = name.substr(0, eq);
        }
        Flag* f = lookup(fs, name);
        if (!f) {
            if (name == "help" || name == "h") help = true;
            else failure = "flag provided but not defined: -" + std::string(name);
            break;
        }
        std::string err;
        if (f->kind == kBool) {
            if (!(err = setValue(vm, *f, hasValue ? value : "true")).empty()) {
                failure = "invalid boolean value " + strconv::quote(value) + " for -" + std::string(name) + ": " + err;
                break;
            }
        } else {
            if (!hasValue && k < all.size()) {
                value = all[k++];
                hasValue = true;
            }
            if (!hasValue) {
                failure = "flag needs an argument: -" + std::string(name);
                break;
            }
            if (!(err = setValue(vm, *f, value)).empty()) {
                failure = "invalid value " + strconv::quote(value) + " for flag -" + std::string(name) + ": " + err;
                break;
            }
        }
        int64_t index = f - fs.flags;
        if (!fs.set[index]) {
            fs.set[index] = 1;
            ++fs.setCount;
        }
    }
    int64_t n = static_cast<int64_t>(all.size() - k);
    auto* data = static_cast<vm::GoString*>(
        vm.allocate(sizeof(vm::GoString) * static_cast<size_t>(std::max<int64_t>(n, 1)), false));
    for (int64_t i = 0; i < n; ++i) data[i] = vm.makeString(all[k + static_cast<size_t>(i)]);
    fs.args = {data, n, n};
    return failure;
}

// Parse the list, then act on a failure as the set's ErrorHandling says;
// returns the error Parse returns.
vm::Iface parse(vm::VM& vm, FlagSet& fs, std::vector<std::string> all) {
    bool help;
    std::string failure = parseArgs(vm, fs, all, help);
    if (failure.empty() && !help) return {};
    if (!help) vm.writeStderr(failure + "\n");
    usage(vm, fs);
    vm::Iface err = help ? globals(vm).errHelp : makeError(vm, "errors.errorString", failure);
    if (fs.handling == kExitOnError) vm.exit(help ? 0 : 2);
    if (fs.handling == kPanicOnError) vm.panicWith(err);
    return err;
}

void nParse(vm::VM& vm, uint64_t*) {
    const auto& args = vm.config().args;
    parse(vm, *globals(vm).commandLine, std::vector<std::string>(args.begin() + (args.empty() ? 0 : 1), args.end()));
}

void nSetParse(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    auto* fs = reinterpret_cast<FlagSet*>(a[0]);
    if (!fs) vm.runtimeError(vm::kNilDeref, true);
    vm::GoSlice list = sliceArg(a, 1);
    std::vector<std::string> all;
    for (int64_t i = 0; i < list.len; ++i) all.emplace_back(static_cast<vm::GoString*>(list.data)[i].view());
    vm::Iface err = parse(vm, *fs, std::move(all));
    setIface(results.get(vm), 0, err);
}

template <bool Method>
void nParsed(vm::VM& vm, uint64_t* a) {
    uint64_t* r = a;
    r[0] = setOf<Method>(vm, a).parsed != 0;
}
template <bool Method>
void nArgs(vm::VM& vm, uint64_t* a) {
    uint64_t* r = a;
    setSlice(r, 0, setOf<Method>(vm, a).args);
}
template <bool Method>
void nNArg(vm::VM& vm, uint64_t* a) {
    uint64_t* r = a;
    r[0] = static_cast<uint64_t>(setOf<Method>(vm, a).args.len);
}
template <bool Method>
void nArg(vm::VM& vm, uint64_t* a) {
    uint64_t* r = a;
    FlagSet& fs = setOf<Method>(vm, a);
    int64_t i = static_cast<int64_t>(a[0]);
    vm::GoSlice s = fs.args;
    vm::GoString out{nullptr, 0};
    if (i >= 0 && i < s.len) out = static_cast<vm::GoString*>(s.data)[i];
    setString(r, 0, out);
}
template <bool Method>
void nNFlag(vm::VM& vm, uint64_t* a) {
    uint64_t* r = a;
    r[0] = static_cast<uint64_t>(setOf<Method>(vm, a).setCount);
}

template <bool Method>
void nSet(vm::VM& vm, uint64_t* a) {
    uint64_t* r = a;
    FlagSet& fs = setOf<Method>(vm, a);
    std::string_view name = stringArg(a, 0), value = stringArg(a, 2);
    Flag* f = lookup(fs, name);
    if (!f) {
        setIface(r, 0, makeError(vm, "errors.errorString", "no such flag -" + std::string(name)));
        return;
    }
    std::string err = setValue(vm, *f, value);
    if (!err.empty()) {
        setIface(r, 0, makeError(vm, "errors.errorString", err));
        return;
    }
    int64_t index = f - fs.flags;
    if (!fs.set[index]) {
        fs.set[index] = 1;
        ++fs.setCount;
    }
    setIface(r, 0, {});
}

void nName(vm::VM& vm, uint64_t* a) {
    auto* fs = reinterpret_cast<FlagSet*>(a[0]);
    if (!fs) vm.runtimeError(vm::kNilDeref, true);
    setString(a, 0, fs->name);
}

void nNewFlagSet(vm::VM& vm, uint64_t* a) {
    auto* fs = static_cast<FlagSet*>(vm.allocate(sizeof(FlagSet), false));
    std::memcpy(&fs->name, a, sizeof fs->name);
    fs->handling = static_cast<int64_t>(a[2]);
    a[0] = reinterpret_cast<uint64_t>(fs);
}

void nUsageVar(vm::VM& vm, uint64_t* a) { a[0] = reinterpret_cast<uint64_t>(&globals(vm).usage); }
void nCommandLineVar(vm::VM& vm, uint64_t* a) { a[0] = reinterpret_cast<uint64_t>(&globals(vm).commandLine); }
void nErrHelpVar(vm::VM& vm, uint64_t* a) { a[0] = reinterpret_cast<uint64_t>(&globals(vm).errHelp); }

}  // namespace

void declareFlag(PackageBuilder& b) {
    types::TypeTable& tt = b.types();
    types::Type* str = b.basic(Kind::String);
    types::Type* intT = b.basic(Kind::Int);
    types::Type* boolT = b.basic(Kind::Bool);
    types::Type* errT = tt.errorType();
    types::Type* usageT = tt.func({}, {}, false);
    types::Type* duration = b.import("time")->members.at("Duration")->type;
    b.import("errors");

    types::Named* handling = tt.named("ErrorHandling", "flag");
    tt.setUnderlying(handling, intT);
    b.typeName("ErrorHandling", handling);
    b.constant("ContinueOnError", handling, constant::makeInt64(kContinueOnError));
    b.constant("ExitOnError", handling, constant::makeInt64(kExitOnError));
    b.constant("PanicOnError", handling, constant::makeInt64(kPanicOnError));

    types::Named* flagSet = tt.named("FlagSet", "flag");
    types::Type* opaque = tt.pointer(b.basic(Kind::Int64));
    tt.setUnderlying(flagSet, tt.structType({{"Usage", usageT, 0, false, ""},
                                             {"name", str, 0, false, ""},
                                             {"flags", opaque, 0, false, ""},
                                             {"count", intT, 0, false, ""},
                                             {"capacity", intT, 0, false, ""},
                                             {"args", tt.slice(str), 0, false, ""},
                                             {"parsed", intT, 0, false, ""},
                                             {"setCount", intT, 0, false, ""},
                                             {"set", opaque, 0, false, ""},
                                             {"errorHandling", handling, 0, false, ""}}));
    if (flagSet->size != static_cast<int64_t>(sizeof(FlagSet))) throw std::logic_error("flag.FlagSet layout");
    b.typeName("FlagSet", flagSet);
    types::Type* setPtr = tt.pointer(flagSet);

    // each function twice: for CommandLine, and as a method of *FlagSet
    auto both = [&](const char* name, types::Func* sig, vm::NativeFn top, vm::NativeFn method, bool callsGo = false) {
        b.func(name, sig, top, callsGo);
        b.method(flagSet, name, sig, true, method);
    };
    const struct {
        const char* name;
        types::Type* type;
        vm::NativeFn make, makeMethod, var, varMethod;
    } kinds[] = {
        {"Bool", boolT, nNew<kBool, false>, nNew<kBool, true>, nVar<kBool, false>, nVar<kBool, true>},
        {"Int", intT, nNew<kInt, false>, nNew<kInt, true>, nVar<kInt, false>, nVar<kInt, true>},
        {"Int64", b.basic(Kind::Int64), nNew<kInt64, false>, nNew<kInt64, true>, nVar<kInt64, false>, nVar<kInt64, true>},
        {"Uint", b.basic(Kind::Uint), nNew<kUint, false>, nNew<kUint, true>, nVar<kUint, false>, nVar<kUint, true>},
        {"Uint64", b.basic(Kind::Uint64), nNew<kUint64, false>, nNew<kUint64, true>, nVar<kUint64, false>, nVar<kUint64, true>},
        {"Float64", b.basic(Kind::Float64), nNew<kFloat64, false>, nNew<kFloat64, true>, nVar<kFloat64, false>, nVar<kFloat64, true>},
        {"String", str, nNew<kString, false>, nNew<kString, true>, nVar<kString, false>, nVar<kString, true>},
        {"Duration", duration, nNew<kDuration, false>, nNew<kDuration, true>, nVar<kDuration, false>, nVar<kDuration, true>},
    };
    for (const auto& k : kinds) {
        both(k.name, tt.func({str, k.type, str}, {tt.pointer(k.type)}, false), k.make, k.makeMethod);
        std::string var = std::string(k.name) + "Var";
        both(var.c_str(), tt.func({tt.pointer(k.type), str, k.type, str}, {}, false), k.var, k.varMethod);
    }
    b.closureFunction("flag.defaultUsage", 0, 0, nDefaultUsage, false);
    b.closureFunction("flag.commandLineUsage", 0, 0, nCommandLineUsage, true);
    b.func("Parse", tt.func({}, {}, false), nParse, true);  // calls Usage
    b.method(flagSet, "Parse", tt.func({tt.slice(str)}, {errT}, false), true, nSetParse);
    both("Parsed", tt.func({}, {boolT}, false), nParsed<false>, nParsed<true>);
    both("Args", tt.func({}, {tt.slice(str)}, false), nArgs<false>, nArgs<true>);
    both("NArg", tt.func({}, {intT}, false), nNArg<false>, nNArg<true>);
    both("Arg", tt.func({intT}, {str}, false), nArg<false>, nArg<true>);
    both("NFlag", tt.func({}, {intT}, false), nNFlag<false>, nNFlag<true>);
    both("Set", tt.func({str, str}, {errT}, false), nSet<false>, nSet<true>);
    both("PrintDefaults", tt.func({}, {}, false), nPrintDefaults<false>, nPrintDefaults<true>);
    b.method(flagSet, "Name", tt.func({}, {str}, false), true, nName);
    b.func("NewFlagSet", tt.func({str, handling}, {setPtr}, false), nNewFlagSet);
    b.var("Usage", usageT, nUsageVar);
    b.var("CommandLine", setPtr, nCommandLineVar);
    b.var("ErrHelp", errT, nErrHelpVar);
}

}  // namespace gos::stdlib
