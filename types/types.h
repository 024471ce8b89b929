// Go's types, as the checker builds them and the VM and fmt read them.
//
// Every type has Go's size and alignment on amd64 (int 8, string 16,
// slice 24, pointer/map/chan/func 8, interface 16, structs and arrays laid
// out inline with Go's padding rules), because values live inline in frames
// and memory exactly as Go lays them out.
//
// Identity: composite types are interned by the TypeTable, so two
// identical types are the same object and `==` on Type* is type identity,
// with one exception: byte and rune. They are aliases of uint8 and int32,
// yet gc's messages spell them as the source did ("value of type byte"), so
// they are Basic objects of their own, with uint8's and int32's kinds.
// identical() compares basic types by kind, composite types are interned on
// the canonical (uint8/int32) spelling, so []byte and []uint8 are one object,
// and the VM and fmt only ever see canonical types (canonical()), as Go's
// runtime does: %T of a byte prints uint8.
// A Named type is its own identity (one object per declaration). Struct
// types are interned by field names, types, tags and embedding; function
// types by parameters, results and variadic-ness.
//
// Type objects are immutable once complete and outlive the program that
// uses them: the VM keeps them as runtime type descriptors (an interface
// value's first word points to one), and fmt walks them to print values.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gos::types {

enum class Kind : uint8_t {
    Invalid,
    // predeclared
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    // the types of untyped constants and nil
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
    // composite
    Array,
    Slice,
    Struct,
    Pointer,
    Func,
    Interface,
    Map,
    Chan,
    Named,
    Tuple,  // the results of a call with several results
};

struct Type;
struct Func;

struct Field {
    std::string name;
    Type* type = nullptr;
    int64_t offset = 0;
    bool embedded = false;
    std::string tag;
};

// A method of a named type. The function is identified by its index in the
// compiled program, filled in by the compiler.
struct Method {
    std::string name;
    Func* sig = nullptr;  // signature without the receiver
    bool pointerReceiver = false;
    int32_t function = -1;       // the method's code: its index in the program
    int32_t ifaceFunction = -1;  // what an interface call runs: a function taking the
                                 // interface's data word as receiver (a wrapper for value
                                 // methods of types stored boxed)
    int32_t native = -1;         // a standard library method: its native
    // A method promoted from an embedded field (Named::promoted): the field
    // indices leading to the embedded value, and the method it forwards to.
    // pointerReceiver then means "only in the pointer type's method set".
    std::vector<int> path;
    const Method* target = nullptr;
    bool viaInterface = false;  // promoted from an embedded interface field: dispatched on it
};

struct Type {
    Kind kind;
    int64_t size = 0;
    int32_t align = 1;
    bool pointerFree = true;  // holds no pointers: allocated atomic, never scanned

    explicit Type(Kind k) : kind(k) {}
    virtual ~Type() = default;
};

struct Basic : Type {
    std::string name;
    Basic(Kind k, std::string n, int64_t size) : Type(k), name(std::move(n)) {
        this->size = size;
        align = static_cast<int32_t>(size > 8 ? 8 : (size == 0 ? 1 : size));
        if (k == Kind::Complex64) align = 4;
        if (k == Kind::String || k == Kind::UnsafePointer) pointerFree = false;
    }
};

struct Pointer : Type {
    Type* elem;
    explicit Pointer(Type* e) : Type(Kind::Pointer), elem(e) {}
};

struct Array : Type {
    int64_t len;
    Type* elem;
    Array(int64_t n, Type* e) : Type(Kind::Array), len(n), elem(e) {}
};

struct Slice : Type {
    Type* elem;
    explicit Slice(Type* e) : Type(Kind::Slice), elem(e) {}
};

struct Map : Type {
    Type* key;
    Type* elem;
    Map(Type* k, Type* e) : Type(Kind::Map), key(k), elem(e) {}
};

enum class ChanDir : uint8_t { Both, Send, Recv };

struct Chan : Type {
    ChanDir dir;
    Type* elem;
    Chan(ChanDir d, Type* e) : Type(Kind::Chan), dir(d), elem(e) {}
};

// The methods a type gets from its embedded fields (see computePromoted):
// a defined type's, or an unnamed struct type's (struct{ T } has T's).
struct Promoted {
    std::vector<Method> promoted;
    bool promotedComputed = false;
    const Method* findPromoted(std::string_view n) const {
        for (const Method& m : promoted)
            if (m.name == n) return &m;
        return nullptr;
    }
};

struct Struct : Type, Promoted {
    std::vector<Field> fields;
    Struct() : Type(Kind::Struct) {}
};

struct Tuple : Type {
    std::vector<Type*> types;
    Tuple() : Type(Kind::Tuple) {}
};

struct Func : Type {
    std::vector<Type*> params;  // the last is a slice when variadic
    std::vector<Type*> results;
    bool variadic = false;
    Func() : Type(Kind::Func) {}
};

struct InterfaceMethod {
    std::string name;
    Func* sig;
};

struct Interface : Type {
    std::vector<InterfaceMethod> methods;  // sorted by name, embedded ones included
    Interface() : Type(Kind::Interface) {}
};

struct Named : Type, Promoted {
    std::string name;
    std::string pkg;  // "main", or "" for predeclared error
    Type* underlying = nullptr;
    // declared with this receiver type; a deque, so that a method a later
    // input of a session adds moves none of the earlier ones
    std::deque<Method> methods;
    // An opaque type of a host package, whose values scripts hold only by
    // pointer and the host knows as handles: the identity the host gave it
    // (its C++ type's name); empty for every other type.
    std::string hostHandle;
    explicit Named(std::string n, std::string p) : Type(Kind::Named), name(std::move(n)), pkg(std::move(p)) {}

    const Method* findMethod(std::string_view n) const {
        for (const Method& m : methods)
            if (m.name == n) return &m;
        return nullptr;
    }
    // a declared or promoted method, for dynamic dispatch
    const Method* findAnyMethod(std::string_view n) const {
        if (const Method* m = findMethod(n)) return m;
        return findPromoted(n);
    }
};

// ---- queries ---------------------------------------------------------------

// The underlying type of t (never null for a non-null t: a named type not
// yet complete gives the invalid type).
Type* underlying(Type* t);
inline bool isNamed(const Type* t) { return t->kind == Kind::Named; }
bool isInteger(const Type* t);   // of the underlying type, typed or untyped
bool isUnsigned(const Type* t);
bool isFloat(const Type* t);
bool isComplex(const Type* t);
bool isNumeric(const Type* t);
bool isString(const Type* t);
bool isBoolean(const Type* t);
bool isUntyped(const Type* t);
bool isConstType(const Type* t);  // a type constants can have: boolean, numeric or string
bool isPointerShaped(const Type* t);  // one machine pointer: pointer, map, chan, func, unsafe.Pointer
bool comparable(Type* t);
bool hasNil(Type* t);            // pointer, slice, map, chan, func, interface, unsafe.Pointer
bool identical(const Type* a, const Type* b);
inline bool isBasic(const Type* t) { return t->kind < Kind::Array; }

// Go's selector lookup: the field or method called name of t (or of *t),
// at the shallowest depth of embedding, with the field indices leading to it.
struct Lookup {
    const Field* field = nullptr;
    const Method* method = nullptr;
    const InterfaceMethod* ifaceMethod = nullptr;  // a method of an embedded interface field
    Named* methodOwner = nullptr;
    std::vector<int> path;  // fields from t down to the field (or to the method's embedded receiver)
    bool indirect = false;  // went through a pointer on the way
    bool ambiguous = false;
};
// foldCase: names compare as strings.EqualFold does (for gc's hints).
Lookup lookupFieldOrMethod(Type* t, std::string_view name, bool foldCase = false);

// Fills promoted with the methods t, a defined type or an unnamed struct
// type, gets from its embedded fields (once; the entries never move
// afterwards). Their ifaceFunction is set by the code generator. Returns
// t's Promoted, or null for any other type.
Promoted* computePromoted(Type* t);
inline Promoted* promotedOf(Type* t) {
    if (t->kind == Kind::Named) return static_cast<Named*>(t);
    if (t->kind == Kind::Struct) return static_cast<Struct*>(t);
    return nullptr;
}

// Number of 8-byte VM slots a value of t occupies.
inline int64_t slotsOf(const Type* t) { return (t->size + 7) / 8; }

// Go's spelling of a type: "int", "[]string", "T", "strings.Builder",
// "func(int) string", "struct{x int}" as types2 prints them in messages
// (named types of other packages than main qualified). `qualify` spells it
// as reflect does for fmt's %T and %v of types: every named type with its
// package ("main.T"), "struct { x int }", no byte or rune aliases.
std::string typeString(const Type* t, bool qualify = false);

// ---- construction ------------------------------------------------------------

// Owns every type of one program and interns composite types.
class TypeTable {
public:
    TypeTable();
    TypeTable(const TypeTable&) = delete;
    TypeTable& operator=(const TypeTable&) = delete;

    Basic* basic(Kind k) const { return basics_[static_cast<size_t>(k)]; }
    Basic* byteType() const { return byte_; }  // the alias objects, spelled byte and rune
    Basic* runeType() const { return rune_; }
    // t with byte and rune replaced by uint8 and int32 (composites already are)
    Type* canonical(Type* t) const { return isBasic(t) ? basic(t->kind) : t; }
    Named* errorType() const { return error_; }
    Interface* emptyInterface() const { return emptyInterface_; }

    Pointer* pointer(Type* elem);
    Slice* slice(Type* elem);
    Array* array(int64_t len, Type* elem);
    Map* map(Type* key, Type* elem);
    Chan* chan(ChanDir dir, Type* elem);
    Func* func(std::vector<Type*> params, std::vector<Type*> results, bool variadic);
    Tuple* tuple(std::vector<Type*> types);
    Struct* structType(std::vector<Field> fields);  // computes offsets
    Interface* interfaceType(std::vector<InterfaceMethod> methods);
    Named* named(std::string name, std::string pkg);  // incomplete until setUnderlying
    void setUnderlying(Named* n, Type* u);

private:
    std::string keyOf(Type* t) const;  // interning key: byte and uint8 are one type
    template <class T, class... A>
    T* own(A&&... args) {
        auto p = std::make_unique<T>(std::forward<A>(args)...);
        T* raw = p.get();
        owned_.push_back(std::move(p));
        return raw;
    }

    std::vector<std::unique_ptr<Type>> owned_;
    Basic* basics_[static_cast<size_t>(Kind::UntypedNil) + 1] = {};
    Basic* byte_ = nullptr;
    Basic* rune_ = nullptr;
    Named* error_ = nullptr;
    Interface* emptyInterface_ = nullptr;
    std::map<Type*, Pointer*> pointers_;
    std::map<Type*, Slice*> slices_;
    std::map<std::pair<int64_t, Type*>, Array*> arrays_;
    std::map<std::pair<Type*, Type*>, Map*> maps_;
    std::map<std::pair<int, Type*>, Chan*> chans_;
    std::map<std::string, Type*> structural_;  // funcs, tuples, structs, interfaces by key
};

}  // namespace gos::types
