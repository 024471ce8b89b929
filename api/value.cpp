// gos::Value (include/gos/value.hpp): the host's copy of a Go value.
#include <gos/bind.hpp>
#include <gos/value.hpp>

#include <charconv>
#include <cstdlib>
#include <string>

namespace gos {

Value Value::boolean(bool b) {
    Value v;
    v.kind_ = Kind::Bool;
    v.scalar_.b = b;
    return v;
}

Value Value::integer(int64_t i) {
    Value v;
    v.kind_ = Kind::Int;
    v.scalar_.i = i;
    return v;
}

Value Value::unsignedInteger(uint64_t u) {
    Value v;
    v.kind_ = Kind::Uint;
    v.scalar_.u = u;
    return v;
}

Value Value::floating(double f) {
    Value v;
    v.kind_ = Kind::Float;
    v.scalar_.f = f;
    return v;
}

Value Value::string(std::string s) {
    Value v;
    v.kind_ = Kind::String;
    v.text_ = std::move(s);
    return v;
}

Value Value::slice(std::vector<Value> elements) {
    Value v;
    v.kind_ = Kind::Slice;
    v.elements_ = std::move(elements);
    return v;
}

Value Value::map(std::vector<std::pair<Value, Value>> entries) {
    Value v;
    v.kind_ = Kind::Map;
    v.entries_ = std::move(entries);
    return v;
}

Value Value::structure(std::vector<std::pair<std::string, Value>> fields) {
    Value v;
    v.kind_ = Kind::Struct;
    v.fields_ = std::move(fields);
    return v;
}

Value Value::error(std::string message) {
    Value v;
    v.kind_ = Kind::Error;
    v.text_ = std::move(message);
    return v;
}

Value Value::handle(std::shared_ptr<void> object, std::string identity) {
    Value v;
    if (!object) return v;
    v.kind_ = Kind::Handle;
    v.object_ = std::move(object);
    v.text_ = std::move(identity);
    return v;
}

const Value* Value::field(std::string_view name) const {
    for (const auto& [n, v] : fields_)
        if (n == name) return &v;
    return nullptr;
}

namespace {

// %v of a float64: the shortest digits that read back the same, in %e form
// when the exponent is below -4 or at least 21 (fmt's rule for %v).
std::string formatFloat(double f) {
    if (f != f) return "NaN";
    if (f > 1.7976931348623157e308) return "+Inf";
    if (f < -1.7976931348623157e308) return "-Inf";
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, f, std::chars_format::scientific);
    std::string sci(buf, r.ptr);
    size_t e = sci.find('e');
    int exp = std::atoi(sci.c_str() + e + 1);
    if (exp < -4 || exp >= 21) {
        std::string mant = sci.substr(0, e);
        std::string digits = std::to_string(exp < 0 ? -exp : exp);
        if (digits.size() < 2) digits = "0" + digits;
        return mant + "e" + (exp < 0 ? "-" : "+") + digits;
    }
    r = std::to_chars(buf, buf + sizeof buf, f, std::chars_format::fixed);
    return std::string(buf, r.ptr);
}

}  // namespace

std::string Value::toString() const {
    switch (kind_) {
        case Kind::Nil: return "<nil>";
        case Kind::Bool: return scalar_.b ? "true" : "false";
        case Kind::Int: return std::to_string(scalar_.i);
        case Kind::Uint: return std::to_string(scalar_.u);
        case Kind::Float: return formatFloat(scalar_.f);
        case Kind::String:
        case Kind::Error: return text_;
        case Kind::Slice: {
            std::string out = "[";
            for (size_t k = 0; k < elements_.size(); ++k) out += (k ? " " : "") + elements_[k].toString();
            return out + "]";
        }
        case Kind::Map: {
            std::string out = "map[";
            for (size_t k = 0; k < entries_.size(); ++k)
                out += (k ? " " : "") + entries_[k].first.toString() + ":" + entries_[k].second.toString();
            return out + "]";
        }
        case Kind::Struct: {
            std::string out = "{";
            for (size_t k = 0; k < fields_.size(); ++k) out += (k ? " " : "") + fields_[k].second.toString();
            return out + "}";
        }
        case Kind::Handle: {
            // a pointer, as %v prints one that is not to a struct, array, slice or map
            char buf[32];
            auto r = std::to_chars(buf, buf + sizeof buf, reinterpret_cast<uintptr_t>(object_.get()), 16);
            return "0x" + std::string(buf, r.ptr);
        }
    }
    return "";
}

bool operator==(const Value& a, const Value& b) {
    if (a.kind_ != b.kind_) return false;
    switch (a.kind_) {
        case Value::Kind::Nil: return true;
        case Value::Kind::Bool: return a.scalar_.b == b.scalar_.b;
        case Value::Kind::Int: return a.scalar_.i == b.scalar_.i;
        case Value::Kind::Uint: return a.scalar_.u == b.scalar_.u;
        case Value::Kind::Float: return a.scalar_.f == b.scalar_.f;
        case Value::Kind::String:
        case Value::Kind::Error: return a.text_ == b.text_;
        case Value::Kind::Slice: return a.elements_ == b.elements_;
        case Value::Kind::Map: return a.entries_ == b.entries_;
        case Value::Kind::Struct: return a.fields_ == b.fields_;
        case Value::Kind::Handle: return a.object_ == b.object_ && a.text_ == b.text_;
    }
    return false;
}

Package::Package(std::string path) : path_(std::move(path)) {}

Package& Package::function(std::string name, std::vector<TypeRef> params, std::vector<TypeRef> results,
                           HostFunction fn) {
    Member m{Member::Kind::Func, std::move(name), std::move(params), std::move(results), std::move(fn), nullptr, {}};
    members_.push_back(std::move(m));
    return *this;
}

Package& Package::constant(std::string name, Value value) {
    members_.push_back({Member::Kind::Const, std::move(name), {}, {}, nullptr, nullptr, std::move(value)});
    return *this;
}

Package& Package::variable(std::string name, TypeRef type, Value initial) {
    members_.push_back({Member::Kind::Var, std::move(name), {}, {}, nullptr, std::move(type), std::move(initial)});
    return *this;
}

Package& Package::structType(std::string name, TypeRef structure) {
    members_.push_back({Member::Kind::Type, std::move(name), {}, {}, nullptr, std::move(structure), {}});
    return *this;
}

Package& Package::handleType(std::string name, TypeRef handle) {
    members_.push_back({Member::Kind::Type, std::move(name), {}, {}, nullptr, std::move(handle), {}});
    return *this;
}

Package& Package::hostMethod(TypeRef receiver, std::string name, std::vector<TypeRef> params,
                             std::vector<TypeRef> results, HostFunction fn) {
    members_.push_back(
        {Member::Kind::Method, std::move(name), std::move(params), std::move(results), std::move(fn), std::move(receiver), {}});
    return *this;
}

}  // namespace gos
