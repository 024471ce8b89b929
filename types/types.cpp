#include "types/types.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace gos::types {

Type* underlying(Type* t) {
    // A named type used inside its own declaration has no underlying type
    // yet: it is invalid there (the checker reports the cycle), never null.
    static Basic incomplete(Kind::Invalid, "invalid type", 0);
    while (t && t->kind == Kind::Named) {
        Type* u = static_cast<Named*>(t)->underlying;
        if (!u) return &incomplete;
        t = u;
    }
    return t;
}

static Kind ukind(const Type* t) { return underlying(const_cast<Type*>(t))->kind; }

bool isInteger(const Type* t) {
    Kind k = ukind(t);
    return (k >= Kind::Int && k <= Kind::Uintptr) || k == Kind::UntypedInt || k == Kind::UntypedRune;
}
bool isUnsigned(const Type* t) {
    Kind k = ukind(t);
    return k >= Kind::Uint && k <= Kind::Uintptr;
}
bool isFloat(const Type* t) {
    Kind k = ukind(t);
    return k == Kind::Float32 || k == Kind::Float64 || k == Kind::UntypedFloat;
}
bool isComplex(const Type* t) {
    Kind k = ukind(t);
    return k == Kind::Complex64 || k == Kind::Complex128 || k == Kind::UntypedComplex;
}
bool isNumeric(const Type* t) { return isInteger(t) || isFloat(t) || isComplex(t); }
bool isString(const Type* t) {
    Kind k = ukind(t);
    return k == Kind::String || k == Kind::UntypedString;
}
bool isBoolean(const Type* t) {
    Kind k = ukind(t);
    return k == Kind::Bool || k == Kind::UntypedBool;
}
bool isUntyped(const Type* t) { return t->kind >= Kind::UntypedBool && t->kind <= Kind::UntypedNil; }
bool isConstType(const Type* t) { return isNumeric(t) || isString(t) || isBoolean(t); }

bool isPointerShaped(const Type* t) {
    switch (ukind(t)) {
        case Kind::Pointer:
        case Kind::Map:
        case Kind::Chan:
        case Kind::Func:
        case Kind::UnsafePointer: return true;
        default: return false;
    }
}

bool comparable(Type* t) {
    Type* u = underlying(t);
    switch (u->kind) {
        case Kind::Slice:
        case Kind::Map:
        case Kind::Func: return false;
        case Kind::Array: return comparable(static_cast<Array*>(u)->elem);
        case Kind::Struct:
            for (const Field& f : static_cast<Struct*>(u)->fields)
                if (!comparable(f.type)) return false;
            return true;
        default: return true;
    }
}

bool hasNil(Type* t) {
    switch (underlying(t)->kind) {
        case Kind::Pointer:
        case Kind::Slice:
        case Kind::Map:
        case Kind::Chan:
        case Kind::Func:
        case Kind::Interface:
        case Kind::UnsafePointer:
        case Kind::UntypedNil: return true;
        default: return false;
    }
}

// Interning makes identity pointer equality, but for the byte and rune aliases.
bool identical(const Type* a, const Type* b) { return a == b || (isBasic(a) && a->kind == b->kind); }

static bool sameName(std::string_view a, std::string_view b, bool foldCase) {
    if (!foldCase) return a == b;
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
    return true;
}

Lookup lookupFieldOrMethod(Type* t, std::string_view name, bool foldCase) {
    Lookup out;
    bool ptr = false;
    if (t->kind == Kind::Pointer) {
        t = static_cast<Pointer*>(t)->elem;
        ptr = true;
    }
    // breadth-first over embedded fields, depth by depth
    struct Entry {
        Type* type;
        std::vector<int> path;
        bool indirect;
    };
    std::vector<Entry> level{{t, {}, ptr}};
    std::set<Type*> seen;
    while (!level.empty()) {
        std::vector<Entry> next;
        int found = 0;
        Lookup hit;
        for (const Entry& en : level) {
            Type* ty = en.type;
            if (!seen.insert(ty).second) continue;
            if (ty->kind == Kind::Named) {
                const Method* m = nullptr;
                for (const Method& cand : static_cast<Named*>(ty)->methods)
                    if (!m && sameName(cand.name, name, foldCase)) m = &cand;
                if (m) {
                    ++found;
                    hit = {};
                    hit.method = m;
                    hit.methodOwner = static_cast<Named*>(ty);
                    hit.path = en.path;
                    hit.indirect = en.indirect;
                    continue;
                }
            }
            Type* u = underlying(ty);
            if (u && u->kind == Kind::Interface && !en.path.empty()) {
                const InterfaceMethod* im = nullptr;
                for (const InterfaceMethod& cand : static_cast<Interface*>(u)->methods)
                    if (!im && sameName(cand.name, name, foldCase)) im = &cand;
                if (im) {
                    ++found;
                    hit = {};
                    hit.ifaceMethod = im;
                    hit.path = en.path;
                    hit.indirect = en.indirect;
                    continue;
                }
            }
            if (u && u->kind == Kind::Struct) {
                auto* st = static_cast<Struct*>(u);
                for (size_t k = 0; k < st->fields.size(); ++k) {
                    const Field& f = st->fields[k];
                    if (sameName(f.name, name, foldCase)) {
                        ++found;
                        hit = {};
                        hit.field = &f;
                        hit.path = en.path;
                        hit.path.push_back(static_cast<int>(k));
                        hit.indirect = en.indirect;
                    } else if (f.embedded) {
                        Type* ft = f.type;
                        bool ind = en.indirect;
                        if (ft->kind == Kind::Pointer) {
                            ft = static_cast<Pointer*>(ft)->elem;
                            ind = true;
                        }
                        std::vector<int> p = en.path;
                        p.push_back(static_cast<int>(k));
                        next.push_back({ft, p, ind});
                    }
                }
            }
        }
        if (found == 1) return hit;
        if (found > 1) {
            out.ambiguous = true;
            return out;
        }
        level = std::move(next);
    }
    return out;
}


Promoted* computePromoted(Type* n) {
    Promoted* out = promotedOf(n);
    if (!out || out->promotedComputed) return out;
    out->promotedComputed = true;
    // every method name reachable through embedded fields is a candidate;
    // the lookup from n decides which one (if any) it names
    std::vector<std::string> names;
    std::vector<Type*> work{n};
    std::set<Type*> seen;
    while (!work.empty()) {
        Type* t = work.back();
        work.pop_back();
        if (t->kind == Kind::Pointer) t = static_cast<Pointer*>(t)->elem;
        if (!seen.insert(t).second) continue;
        if (t != n && t->kind == Kind::Named)
            for (const Method& m : static_cast<Named*>(t)->methods) names.push_back(m.name);
        if (Type* u = underlying(t); t != n && u && u->kind == Kind::Interface)
            for (const InterfaceMethod& m : static_cast<Interface*>(u)->methods) names.push_back(m.name);
        if (Type* u = underlying(t); u && u->kind == Kind::Struct)
            for (const Field& f : static_cast<Struct*>(u)->fields)
                if (f.embedded) work.push_back(f.type);
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    for (const std::string& name : names) {
        Lookup l = lookupFieldOrMethod(n, name);
        if ((!l.method && !l.ifaceMethod) || l.path.empty()) continue;
        Method m;
        m.name = name;
        m.path = l.path;
        if (l.ifaceMethod) {
            m.sig = l.ifaceMethod->sig;
            m.viaInterface = true;
        } else {
            m.sig = l.method->sig;
            m.pointerReceiver = l.method->pointerReceiver && !l.indirect;
            m.target = l.method;
        }
        out->promoted.push_back(std::move(m));
    }
    return out;
}

// ---- spelling ----------------------------------------------------------------

namespace {

void write(std::string& out, const Type* t, bool qualify);

void writeSignature(std::string& out, const Func* f, bool qualify) {
    out += '(';
    for (size_t i = 0; i < f->params.size(); ++i) {
        if (i) out += ", ";
        if (f->variadic && i + 1 == f->params.size()) {
            out += "...";
            write(out, static_cast<const Slice*>(f->params[i])->elem, qualify);
        } else {
            write(out, f->params[i], qualify);
        }
    }
    out += ')';
    if (f->results.empty()) return;
    out += ' ';
    if (f->results.size() == 1) {
        write(out, f->results[0], qualify);
        return;
    }
    out += '(';
    for (size_t i = 0; i < f->results.size(); ++i) {
        if (i) out += ", ";
        write(out, f->results[i], qualify);
    }
    out += ')';
}

void write(std::string& out, const Type* t, bool qualify) {
    switch (t->kind) {
        case Kind::Named: {
            auto* n = static_cast<const Named*>(t);
            // reflect names every package; Go's compiler all but its own
            if (!n->pkg.empty() && (qualify || n->pkg != "main")) out += n->pkg + ".";
            out += n->name;
            return;
        }
        case Kind::Pointer:
            out += '*';
            write(out, static_cast<const Pointer*>(t)->elem, qualify);
            return;
        case Kind::Slice:
            out += "[]";
            write(out, static_cast<const Slice*>(t)->elem, qualify);
            return;
        case Kind::Array: {
            auto* a = static_cast<const Array*>(t);
            out += '[' + std::to_string(a->len) + ']';
            write(out, a->elem, qualify);
            return;
        }
        case Kind::Map: {
            auto* m = static_cast<const Map*>(t);
            out += "map[";
            write(out, m->key, qualify);
            out += ']';
            write(out, m->elem, qualify);
            return;
        }
        case Kind::Chan: {
            auto* c = static_cast<const Chan*>(t);
            out += c->dir == ChanDir::Recv ? "<-chan " : c->dir == ChanDir::Send ? "chan<- " : "chan ";
            bool paren = c->dir != ChanDir::Send && c->elem->kind == Kind::Chan &&
                         static_cast<const Chan*>(c->elem)->dir == ChanDir::Recv;
            if (paren) out += '(';
            write(out, c->elem, qualify);
            if (paren) out += ')';
            return;
        }
        case Kind::Func:
            out += "func";
            writeSignature(out, static_cast<const Func*>(t), qualify);
            return;
        case Kind::Struct: {
            // types2 writes struct{x int}; reflect (fmt's %T) struct { X int }
            auto* s = static_cast<const Struct*>(t);
            out += qualify ? (s->fields.empty() ? "struct {" : "struct { ") : "struct{";
            for (size_t i = 0; i < s->fields.size(); ++i) {
                const Field& f = s->fields[i];
                if (i) out += "; ";
                if (!f.embedded) out += f.name + " ";
                write(out, f.type, qualify);
                if (!f.tag.empty()) {
                    out += " \"";
                    for (char c : f.tag) {
                        if (c == '"' || c == '\\') out += '\\';
                        out += c;
                    }
                    out += '"';
                }
            }
            out += qualify && !s->fields.empty() ? " }" : "}";
            return;
        }
        case Kind::Interface: {
            auto* it = static_cast<const Interface*>(t);
            if (it->methods.empty()) {
                out += "interface {}";
                return;
            }
            out += "interface{";
            for (size_t i = 0; i < it->methods.size(); ++i) {
                if (i) out += "; ";
                out += it->methods[i].name;
                writeSignature(out, it->methods[i].sig, qualify);
            }
            out += '}';
            return;
        }
        case Kind::Tuple: {
            auto* tu = static_cast<const Tuple*>(t);
            out += '(';
            for (size_t i = 0; i < tu->types.size(); ++i) {
                if (i) out += ", ";
                write(out, tu->types[i], qualify);
            }
            out += ')';
            return;
        }
        default:
            // reflect (qualify) knows no aliases: %T of a byte is uint8
            if (qualify && t->kind == Kind::Uint8) out += "uint8";
            else if (qualify && t->kind == Kind::Int32) out += "int32";
            else out += static_cast<const Basic*>(t)->name;
            return;
    }
}

}  // namespace

std::string typeString(const Type* t, bool qualify) {
    std::string out;
    write(out, t, qualify);
    return out;
}

// ---- the table ------------------------------------------------------------------

TypeTable::TypeTable() {
    struct {
        Kind kind;
        const char* name;
        int64_t size;
    } const predeclared[] = {
        {Kind::Invalid, "invalid type", 0},
        {Kind::Bool, "bool", 1},
        {Kind::Int, "int", 8},
        {Kind::Int8, "int8", 1},
        {Kind::Int16, "int16", 2},
        {Kind::Int32, "int32", 4},
        {Kind::Int64, "int64", 8},
        {Kind::Uint, "uint", 8},
        {Kind::Uint8, "uint8", 1},
        {Kind::Uint16, "uint16", 2},
        {Kind::Uint32, "uint32", 4},
        {Kind::Uint64, "uint64", 8},
        {Kind::Uintptr, "uintptr", 8},
        {Kind::Float32, "float32", 4},
        {Kind::Float64, "float64", 8},
        {Kind::Complex64, "complex64", 8},
        {Kind::Complex128, "complex128", 16},
        {Kind::String, "string", 16},
        {Kind::UnsafePointer, "unsafe.Pointer", 8},
        {Kind::UntypedBool, "untyped bool", 1},
        {Kind::UntypedInt, "untyped int", 8},
        {Kind::UntypedRune, "untyped rune", 4},
        {Kind::UntypedFloat, "untyped float", 8},
        {Kind::UntypedComplex, "untyped complex", 16},
        {Kind::UntypedString, "untyped string", 16},
        {Kind::UntypedNil, "untyped nil", 8},
    };
    for (const auto& p : predeclared) basics_[static_cast<size_t>(p.kind)] = own<Basic>(p.kind, p.name, p.size);
    byte_ = own<Basic>(Kind::Uint8, "byte", 1);
    rune_ = own<Basic>(Kind::Int32, "rune", 4);

    emptyInterface_ = interfaceType({});
    // type error interface { Error() string }
    error_ = named("error", "");
    Func* sig = func({}, {basic(Kind::String)}, false);
    setUnderlying(error_, interfaceType({{"Error", sig}}));
}

Pointer* TypeTable::pointer(Type* elem) {
    Pointer*& p = pointers_[canonical(elem)];
    if (!p) {
        p = own<Pointer>(elem);
        p->size = 8;
        p->align = 8;
        p->pointerFree = false;
    }
    return p;
}

Slice* TypeTable::slice(Type* elem) {
    Slice*& s = slices_[canonical(elem)];
    if (!s) {
        s = own<Slice>(elem);
        s->size = 24;
        s->align = 8;
        s->pointerFree = false;
    }
    return s;
}

Array* TypeTable::array(int64_t len, Type* elem) {
    Array*& a = arrays_[{len, canonical(elem)}];
    if (!a) {
        a = own<Array>(len, elem);
        a->size = len * elem->size;
        a->align = elem->align;
        a->pointerFree = elem->pointerFree || len == 0;
    }
    return a;
}

Map* TypeTable::map(Type* key, Type* elem) {
    Map*& m = maps_[{canonical(key), canonical(elem)}];
    if (!m) {
        m = own<Map>(key, elem);
        m->size = 8;
        m->align = 8;
        m->pointerFree = false;
    }
    return m;
}

Chan* TypeTable::chan(ChanDir dir, Type* elem) {
    Chan*& c = chans_[{static_cast<int>(dir), canonical(elem)}];
    if (!c) {
        c = own<Chan>(dir, elem);
        c->size = 8;
        c->align = 8;
        c->pointerFree = false;
    }
    return c;
}

std::string TypeTable::keyOf(Type* t) const { return std::to_string(reinterpret_cast<uintptr_t>(canonical(t))); }

Func* TypeTable::func(std::vector<Type*> params, std::vector<Type*> results, bool variadic) {
    std::string key = "F";
    for (Type* t : params) key += keyOf(t) + ",";
    key += variadic ? "...;" : ";";
    for (Type* t : results) key += keyOf(t) + ",";
    Type*& slot = structural_[key];
    if (!slot) {
        Func* f = own<Func>();
        f->params = std::move(params);
        f->results = std::move(results);
        f->variadic = variadic;
        f->size = 8;
        f->align = 8;
        f->pointerFree = false;
        slot = f;
    }
    return static_cast<Func*>(slot);
}

Tuple* TypeTable::tuple(std::vector<Type*> types) {
    std::string key = "T";
    for (Type* t : types) key += keyOf(t) + ",";
    Type*& slot = structural_[key];
    if (!slot) {
        Tuple* tu = own<Tuple>();
        int64_t off = 0;
        for (Type* t : types) {
            off = (off + t->align - 1) / t->align * t->align + t->size;
            tu->pointerFree = tu->pointerFree && t->pointerFree;
        }
        tu->size = off;
        tu->align = 8;
        tu->types = std::move(types);
        slot = tu;
    }
    return static_cast<Tuple*>(slot);
}

Struct* TypeTable::structType(std::vector<Field> fields) {
    std::string key = "S";
    for (const Field& f : fields) key += f.name + ":" + keyOf(f.type) + (f.embedded ? "E" : "") + "`" + f.tag + "`;";
    Type*& slot = structural_[key];
    if (!slot) {
        Struct* s = own<Struct>();
        int64_t off = 0;
        int32_t align = 1;
        for (Field& f : fields) {
            off = (off + f.type->align - 1) / f.type->align * f.type->align;
            f.offset = off;
            off += f.type->size;
            align = std::max(align, f.type->align);
            s->pointerFree = s->pointerFree && f.type->pointerFree;
        }
        // Go pads a struct ending in a zero-size field so that a pointer to
        // that field cannot point past the object.
        if (!fields.empty() && fields.back().type->size == 0 && off > 0) off += 1;
        s->size = (off + align - 1) / align * align;
        s->align = align;
        s->fields = std::move(fields);
        slot = s;
    }
    return static_cast<Struct*>(slot);
}

Interface* TypeTable::interfaceType(std::vector<InterfaceMethod> methods) {
    std::sort(methods.begin(), methods.end(),
              [](const InterfaceMethod& a, const InterfaceMethod& b) { return a.name < b.name; });
    std::string key = "I";
    for (const InterfaceMethod& m : methods) key += m.name + ":" + keyOf(m.sig) + ";";
    Type*& slot = structural_[key];
    if (!slot) {
        Interface* it = own<Interface>();
        it->methods = std::move(methods);
        it->size = 16;
        it->align = 8;
        it->pointerFree = false;
        slot = it;
    }
    return static_cast<Interface*>(slot);
}

Named* TypeTable::named(std::string name, std::string pkg) { return own<Named>(std::move(name), std::move(pkg)); }

void TypeTable::setUnderlying(Named* n, Type* u) {
    n->underlying = underlying(u);
    n->size = n->underlying->size;
    n->align = n->underlying->align;
    n->pointerFree = n->underlying->pointerFree;
}

}  // namespace gos::types
