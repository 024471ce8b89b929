// gos: binding C++ to Go. Host packages, and the conversions between C++
// values and gos::Value.
//
// A host package is a Go package whose members the host provides:
//
//     struct Order { std::string customer; double total; std::vector<std::string> items; };
//     template <> struct gos::Fields<Order> {
//         static auto list() {
//             return std::make_tuple(gos::field("Customer", &Order::customer), gos::field("Total", &Order::total),
//                                    gos::field("Items", &Order::items));
//         }
//     };
//
//     gos::Package shop("host/shop");
//     shop.type<Order>("Order")
//         .func("Discount", [](const std::string& customer) { return customer == "vip" ? 0.2 : 0.0; })
//         .constant("MaxItems", gos::Value::integer(100));
//     config.packages.push_back(shop);
//
// A script then writes `import "host/shop"` (a script without a package
// clause may just name `shop`), and the checker checks its calls against
// the Go signatures derived from the C++ ones, exactly as for Go functions:
// `shop.Discount(3)` is a compile error in gc's words.
//
// C++ types and the Go types they become:
//
//     bool                               bool
//     signed integers (int, long, ...)   int (a value that does not fit panics)
//     uint8_t                            byte
//     other unsigned integers            uint
//     float, double                      float32, float64
//     std::string                        string
//     std::vector<T>                     []T
//     std::map<K, V>, unordered_map      map[K]V
//     a struct with gos::Fields          a struct; the package's named type when declared with type<T>()
//     gos::GoError                       error
//     gos::Value                         any
//     std::shared_ptr<T>                 *pkg.Name, when a package declares T
//                                        with handle<T>("Name") (nullptr: nil)
//
// A handle is how a script holds a host object it must not see inside (a
// connection, a document): Go gets an opaque pointer, compared with == as
// pointers are, and the host gets its shared_ptr back when the script
// passes it on. The script keeps the object alive while it can reach the
// pointer, and never longer than the runtime that gave it out. Methods
// make handles read as Go:
//
//     db.handle<Conn>("Conn")
//       .func("Open", [](const std::string& dsn) { return std::make_shared<Conn>(dsn); })
//       .method("Query", [](Conn& c, const std::string& q) { return c.query(q); });
//
// lets a script write `c := db.Open("x"); rows := c.Query("...")`. A
// method's first parameter is its receiver (T&, const T&, or
// std::shared_ptr<T>); calling one on a nil handle is Go's nil pointer
// dereference panic.
//
// A function returns nothing (void), one value, or several as a std::tuple
// or std::pair: `std::pair<int, gos::GoError>` is Go's `(int, error)`. A
// C++ exception thrown by a bound function becomes a Go panic in the
// script whose value is the exception's what() text, which the script may
// recover.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <unordered_map>
#include <utility>
#include <vector>

#include <gos/value.hpp>

namespace gos {

// Go's error as a C++ value: nil, or an error whose Error() is message.
class GoError {
public:
    GoError() = default;
    explicit GoError(std::string message) : set_(true), message_(std::move(message)) {}
    explicit operator bool() const { return set_; }
    const std::string& message() const { return message_; }

private:
    bool set_ = false;
    std::string message_;
};

// What a conversion from a Value throws when the value does not fit the
// C++ type; from a bound function's arguments, it becomes a Go panic.
struct ConversionError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The fields of a C++ struct as Go sees them: specialise with a static
// list() returning a tuple of gos::field(GoName, &S::member).
template <class S>
struct Fields;

template <class S, class M>
struct FieldRef {
    const char* name;
    M S::*member;
};
template <class S, class M>
FieldRef<S, M> field(const char* name, M S::*member) {
    return {name, member};
}

// Convert<T>: type() is T's Go type; toValue and fromValue convert.
template <class T, class = void>
struct Convert;

template <class T>
Value toValue(const T& x) {
    return Convert<T>::toValue(x);
}
template <class T>
T fromValue(const Value& v) {
    return Convert<T>::fromValue(v);
}

namespace detail {

[[noreturn]] inline void mismatch(const Value& v, const char* want) {
    throw ConversionError("cannot convert " + v.toString() + " to " + want);
}

template <class T>
constexpr bool isSignedInteger = std::is_integral_v<T> && std::is_signed_v<T>;
template <class T>
constexpr bool isUnsignedInteger = std::is_integral_v<T> && std::is_unsigned_v<T> && !std::is_same_v<T, bool>;

}  // namespace detail

template <>
struct Convert<bool> {
    static TypeRef type() { return Type::basic(Type::Kind::Bool); }
    static Value toValue(bool b) { return Value::boolean(b); }
    static bool fromValue(const Value& v) {
        if (v.kind() != Value::Kind::Bool) detail::mismatch(v, "bool");
        return v.toBool();
    }
};

template <class T>
struct Convert<T, std::enable_if_t<detail::isSignedInteger<T>>> {
    static TypeRef type() { return Type::basic(Type::Kind::Int); }
    static Value toValue(T x) { return Value::integer(static_cast<int64_t>(x)); }
    static T fromValue(const Value& v) {
        if (v.kind() == Value::Kind::Int) {
            int64_t x = v.toInt();
            if (x < static_cast<int64_t>(std::numeric_limits<T>::min()) ||
                x > static_cast<int64_t>(std::numeric_limits<T>::max()))
                throw ConversionError(std::to_string(x) + " does not fit a " + std::to_string(sizeof(T) * 8) +
                                      "-bit integer");
            return static_cast<T>(x);
        }
        if (v.kind() == Value::Kind::Uint) {
            if (v.toUint() > static_cast<uint64_t>(std::numeric_limits<T>::max()))
                throw ConversionError(std::to_string(v.toUint()) + " does not fit a " + std::to_string(sizeof(T) * 8) +
                                      "-bit integer");
            return static_cast<T>(v.toUint());
        }
        detail::mismatch(v, "an integer");
    }
};

template <class T>
struct Convert<T, std::enable_if_t<detail::isUnsignedInteger<T>>> {
    static TypeRef type() { return Type::basic(sizeof(T) == 1 ? Type::Kind::Uint8 : Type::Kind::Uint); }
    static Value toValue(T x) { return Value::unsignedInteger(static_cast<uint64_t>(x)); }
    static T fromValue(const Value& v) {
        uint64_t x;
        if (v.kind() == Value::Kind::Uint) {
            x = v.toUint();
        } else if (v.kind() == Value::Kind::Int && v.toInt() >= 0) {
            x = static_cast<uint64_t>(v.toInt());
        } else if (v.kind() == Value::Kind::Int) {
            throw ConversionError(std::to_string(v.toInt()) + " is negative");
        } else {
            detail::mismatch(v, "an unsigned integer");
        }
        if (x > static_cast<uint64_t>(std::numeric_limits<T>::max()))
            throw ConversionError(std::to_string(x) + " does not fit a " + std::to_string(sizeof(T) * 8) +
                                  "-bit integer");
        return static_cast<T>(x);
    }
};

template <class T>
struct Convert<T, std::enable_if_t<std::is_floating_point_v<T>>> {
    static TypeRef type() { return Type::basic(sizeof(T) == 4 ? Type::Kind::Float32 : Type::Kind::Float64); }
    static Value toValue(T x) { return Value::floating(static_cast<double>(x)); }
    static T fromValue(const Value& v) {
        switch (v.kind()) {
            case Value::Kind::Float: return static_cast<T>(v.toFloat());
            case Value::Kind::Int: return static_cast<T>(v.toInt());
            case Value::Kind::Uint: return static_cast<T>(v.toUint());
            default: detail::mismatch(v, "a float");
        }
    }
};

template <>
struct Convert<std::string> {
    static TypeRef type() { return Type::basic(Type::Kind::String); }
    static Value toValue(const std::string& s) { return Value::string(s); }
    static std::string fromValue(const Value& v) {
        if (v.kind() != Value::Kind::String) detail::mismatch(v, "string");
        return v.text();
    }
};

template <>
struct Convert<GoError> {
    static TypeRef type() { return Type::basic(Type::Kind::Error); }
    static Value toValue(const GoError& e) { return e ? Value::error(e.message()) : Value(); }
    static GoError fromValue(const Value& v) {
        if (v.isNil()) return GoError();
        if (v.kind() != Value::Kind::Error) detail::mismatch(v, "error");
        return GoError(v.text());
    }
};

template <>
struct Convert<Value> {
    static TypeRef type() { return Type::basic(Type::Kind::Any); }
    static Value toValue(const Value& v) { return v; }
    static Value fromValue(const Value& v) { return v; }
};

template <class T, class A>
struct Convert<std::vector<T, A>> {
    static TypeRef type() { return Type::sliceOf(Convert<T>::type()); }
    static Value toValue(const std::vector<T, A>& xs) {
        std::vector<Value> out;
        out.reserve(xs.size());
        for (const auto& x : xs) out.push_back(Convert<T>::toValue(x));
        return Value::slice(std::move(out));
    }
    static std::vector<T, A> fromValue(const Value& v) {
        std::vector<T, A> out;
        if (v.isNil()) return out;
        if (v.kind() != Value::Kind::Slice) detail::mismatch(v, "a slice");
        out.reserve(v.elements().size());
        for (const Value& e : v.elements()) out.push_back(Convert<T>::fromValue(e));
        return out;
    }
};

template <class T>
struct Convert<std::shared_ptr<T>, std::enable_if_t<!std::is_const_v<T>>> {
    static const char* identity() { return typeid(T).name(); }
    static TypeRef type() { return Type::handle(identity()); }
    static Value toValue(const std::shared_ptr<T>& p) { return Value::handle(p, identity()); }
    static std::shared_ptr<T> fromValue(const Value& v) {
        if (v.isNil()) return nullptr;
        if (v.kind() != Value::Kind::Handle || v.text() != identity()) detail::mismatch(v, "a handle of this type");
        return std::static_pointer_cast<T>(v.object());
    }
};

namespace detail {

template <class M>
struct ConvertMap {
    using K = typename M::key_type;
    using V = typename M::mapped_type;
    static TypeRef type() { return Type::mapOf(Convert<K>::type(), Convert<V>::type()); }
    static Value toValue(const M& m) {
        std::vector<std::pair<Value, Value>> out;
        out.reserve(m.size());
        for (const auto& [k, v] : m) out.emplace_back(Convert<K>::toValue(k), Convert<V>::toValue(v));
        return Value::map(std::move(out));
    }
    static M fromValue(const Value& v) {
        M out;
        if (v.isNil()) return out;
        if (v.kind() != Value::Kind::Map) mismatch(v, "a map");
        for (const auto& [k, e] : v.entries()) out.emplace(Convert<K>::fromValue(k), Convert<V>::fromValue(e));
        return out;
    }
};

}  // namespace detail

template <class K, class V, class C, class A>
struct Convert<std::map<K, V, C, A>> : detail::ConvertMap<std::map<K, V, C, A>> {};
template <class K, class V, class H, class E, class A>
struct Convert<std::unordered_map<K, V, H, E, A>> : detail::ConvertMap<std::unordered_map<K, V, H, E, A>> {};

template <class S>
struct Convert<S, std::void_t<decltype(Fields<S>::list())>> {
    // A struct met again inside its own fields (struct Node { std::vector<Node> kids; })
    // is a reference to the named type the package declares for it.
    static TypeRef type() {
        thread_local bool describing = false;
        if (describing) return Type::structReference(typeid(S).name());
        describing = true;
        struct Done {
            ~Done() { describing = false; }
        } done;
        std::vector<std::pair<std::string, TypeRef>> fields;
        std::apply([&](auto... f) { (fields.emplace_back(f.name, memberType(f)), ...); }, Fields<S>::list());
        return Type::structOf(typeid(S).name(), std::move(fields));
    }
    static Value toValue(const S& s) {
        std::vector<std::pair<std::string, Value>> fields;
        std::apply([&](auto... f) { (fields.emplace_back(f.name, gos::toValue(s.*(f.member))), ...); }, Fields<S>::list());
        return Value::structure(std::move(fields));
    }
    static S fromValue(const Value& v) {
        if (v.kind() != Value::Kind::Struct) detail::mismatch(v, "a struct");
        S s{};
        std::apply(
            [&](auto... f) {
                ((void)[&] {
                    const Value* x = v.field(f.name);
                    using M = std::remove_reference_t<decltype(s.*(f.member))>;
                    s.*(f.member) = x ? Convert<M>::fromValue(*x) : M{};
                }(),
                 ...);
            },
            Fields<S>::list());
        return s;
    }

private:
    template <class M>
    static TypeRef memberType(FieldRef<S, M>) {
        return Convert<M>::type();
    }
};

// A function the host binds: takes the arguments the script passed
// (converted to Values of the parameter types) and returns the results.
using HostFunction = std::function<std::vector<Value>(const std::vector<Value>& args)>;

namespace detail {

template <class F>
struct Signature : Signature<decltype(&F::operator())> {};
template <class R, class... A>
struct Signature<R (*)(A...)> {
    using Result = R;
    using Args = std::tuple<std::decay_t<A>...>;
    using Declared = std::tuple<A...>;
};
template <class R, class... A>
struct Signature<R(A...)> : Signature<R (*)(A...)> {};
template <class C, class R, class... A>
struct Signature<R (C::*)(A...) const> : Signature<R (*)(A...)> {};
template <class C, class R, class... A>
struct Signature<R (C::*)(A...)> : Signature<R (*)(A...)> {};

template <class R>
struct Results {
    static std::vector<TypeRef> types() { return {Convert<R>::type()}; }
    static std::vector<Value> values(const R& r) { return {Convert<R>::toValue(r)}; }
};
template <>
struct Results<void> {
    static std::vector<TypeRef> types() { return {}; }
};
template <class... T>
struct Results<std::tuple<T...>> {
    static std::vector<TypeRef> types() { return {Convert<std::decay_t<T>>::type()...}; }
    static std::vector<Value> values(const std::tuple<T...>& r) {
        return std::apply([](const auto&... x) { return std::vector<Value>{gos::toValue(x)...}; }, r);
    }
};
template <class A, class B>
struct Results<std::pair<A, B>> : Results<std::tuple<A, B>> {
    static std::vector<Value> values(const std::pair<A, B>& r) { return {gos::toValue(r.first), gos::toValue(r.second)}; }
};

template <class Args>
struct Params;
template <class... A>
struct Params<std::tuple<A...>> {
    using Tuple = std::tuple<A...>;
    static std::vector<TypeRef> types() { return {Convert<A>::type()...}; }
    // f(receiver..., the arguments from args[skip] on)
    template <size_t skip, class F, class... R, size_t... I>
    static decltype(auto) call(F& f, const std::vector<Value>& args, std::index_sequence<I...>, R&&... receiver) {
        return f(std::forward<R>(receiver)..., Convert<A>::fromValue(args[skip + I])...);
    }
};

// The results of calling f with the Values args, as Values.
template <class R, class P, size_t skip, class F, class... Recv>
std::vector<Value> callWith(F& f, const std::vector<Value>& args, Recv&&... receiver) {
    constexpr size_t n = std::tuple_size_v<typename P::Tuple>;
    if constexpr (std::is_void_v<R>) {
        P::template call<skip>(f, args, std::make_index_sequence<n>{}, std::forward<Recv>(receiver)...);
        return {};
    } else {
        return Results<std::decay_t<R>>::values(
            P::template call<skip>(f, args, std::make_index_sequence<n>{}, std::forward<Recv>(receiver)...));
    }
}

// A method's receiver, its first parameter as declared: T&, const T&, or
// std::shared_ptr<T> (by value or const reference).
template <class A>
struct Receiver;
template <class T>
struct Receiver<T&> {
    using Object = std::remove_const_t<T>;
    static T& pass(const std::shared_ptr<Object>& p) { return *p; }
};
template <class T>
struct Receiver<std::shared_ptr<T>> {
    using Object = T;
    static std::shared_ptr<T> pass(const std::shared_ptr<T>& p) { return p; }
};
template <class T>
struct Receiver<const std::shared_ptr<T>&> : Receiver<std::shared_ptr<T>> {};

template <class Tuple>
struct Rest;
template <class First, class... A>
struct Rest<std::tuple<First, A...>> {
    using Tuple = std::tuple<A...>;
};

}  // namespace detail

// A package of host functions, constants, variables and struct types,
// imported by scripts under its path. Copies share nothing mutable: a
// Package is a description, read when a script is compiled.
class GOS_API Package {
public:
    struct Member {
        enum class Kind : uint8_t { Func, Const, Var, Type, Method };
        Kind kind;
        std::string name;
        std::vector<TypeRef> params, results;  // Func, Method (the receiver is not a parameter)
        HostFunction fn;                       // Func, Method (args[0] is the receiver)
        TypeRef type;                          // Var, Type (a struct or handle), Method (the receiver's handle type)
        Value value;                           // Const, Var (the initial value)
    };

    // path: "host/db" (imported as db), or one word ("rules").
    explicit Package(std::string path);
    const std::string& path() const { return path_; }
    const std::vector<Member>& members() const { return members_; }

    // A function with the Go signature derived from F's.
    template <class F>
    Package& func(std::string name, F fn) {
        using Sig = detail::Signature<std::decay_t<F>>;
        using P = detail::Params<typename Sig::Args>;
        using R = typename Sig::Result;
        HostFunction wrapped = [fn](const std::vector<Value>& args) mutable -> std::vector<Value> {
            return detail::callWith<R, P, 0>(fn, args);
        };
        return function(std::move(name), P::types(), detail::Results<std::decay_t<R>>::types(), std::move(wrapped));
    }
    // A method of a handle type the package declares (handle<T>): F's
    // first parameter is the receiver (T&, const T&, std::shared_ptr<T>),
    // the others and the results make the Go signature, as for func.
    template <class F>
    Package& method(std::string name, F fn) {
        using Sig = detail::Signature<std::decay_t<F>>;
        static_assert(std::tuple_size_v<typename Sig::Declared> > 0, "a method's first parameter is its receiver");
        using Recv = detail::Receiver<std::tuple_element_t<0, typename Sig::Declared>>;
        using T = typename Recv::Object;
        using P = detail::Params<typename detail::Rest<typename Sig::Args>::Tuple>;
        using R = typename Sig::Result;
        HostFunction wrapped = [fn](const std::vector<Value>& args) mutable -> std::vector<Value> {
            std::shared_ptr<T> self = Convert<std::shared_ptr<T>>::fromValue(args.at(0));
            if (!self) throw ConversionError("nil receiver");
            return detail::callWith<R, P, 1>(fn, args, Recv::pass(self));
        };
        return hostMethod(Convert<std::shared_ptr<T>>::type(), std::move(name), P::types(),
                          detail::Results<std::decay_t<R>>::types(), std::move(wrapped));
    }
    // A method with an explicit signature, of the handle type receiver.
    Package& hostMethod(TypeRef receiver, std::string name, std::vector<TypeRef> params, std::vector<TypeRef> results,
                        HostFunction fn);
    // A function with an explicit signature.
    Package& function(std::string name, std::vector<TypeRef> params, std::vector<TypeRef> results, HostFunction fn);
    // An untyped constant (a bool, integer, float or string Value).
    Package& constant(std::string name, Value value);
    // A package variable the script may read and assign, starting at initial.
    template <class T>
    Package& variable(std::string name, const T& initial) {
        return variable(std::move(name), Convert<T>::type(), Convert<T>::toValue(initial));
    }
    Package& variable(std::string name, TypeRef type, Value initial);
    // The struct T (with gos::Fields<T>) as the named type pkg.name: in
    // this package's signatures, T is that type.
    template <class T>
    Package& type(std::string name) {
        return structType(std::move(name), Convert<T>::type());
    }
    Package& structType(std::string name, TypeRef structure);
    // T as the opaque type pkg.name, which scripts hold as *pkg.name: in
    // this package's signatures, std::shared_ptr<T> is that pointer.
    template <class T>
    Package& handle(std::string name) {
        return handleType(std::move(name), Convert<std::shared_ptr<T>>::type());
    }
    Package& handleType(std::string name, TypeRef handle);

private:
    std::string path_;
    std::vector<Member> members_;
};

}  // namespace gos
