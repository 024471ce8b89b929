// The C API's values, calls into scripts and host packages (gos.h), over
// gos::Value, Runtime::call and gos::Package. A C host function is bound
// with its Go signature written as text ("func(string, int) (int,
// error)"), parsed here into the gos::Type descriptions the C++ API takes.
#include <cctype>
#include <cstring>
#include <string_view>

#include "api/c_handles.h"

namespace {

gos_value* handleOf(gos::Value* v) { return reinterpret_cast<gos_value*>(v); }
const gos_value* handleOf(const gos::Value& v) { return reinterpret_cast<const gos_value*>(&v); }
gos::Value* valuePtr(gos_value* v) { return reinterpret_cast<gos::Value*>(v); }

const gos::Value& valueOf(const gos_value* v) {
    static const gos::Value nil;
    return v ? *reinterpret_cast<const gos::Value*>(v) : nil;
}

// A new value made by `make`, or NULL when memory runs out.
template <class F>
gos_value* guarded(F make) {
    try {
        return handleOf(new gos::Value(make()));
    } catch (const std::bad_alloc&) {
        return nullptr;
    }
}

// ---- Go signatures as text -------------------------------------------------------

struct SignatureParser {
    std::string_view s;
    std::string_view package;  // whose handle types *Name names

    void space() {
        while (!s.empty() && (s[0] == ' ' || s[0] == '\t')) s.remove_prefix(1);
    }
    bool eat(std::string_view word) {
        space();
        if (s.substr(0, word.size()) != word) return false;
        s.remove_prefix(word.size());
        return true;
    }
    gos::TypeRef type(int depth = 0) {
        using K = gos::Type::Kind;
        if (depth > 32) return nullptr;
        space();
        if (eat("[]")) {
            gos::TypeRef elem = type(depth + 1);
            return elem ? gos::Type::sliceOf(elem) : nullptr;
        }
        if (eat("*")) {
            size_t n = 0;
            while (n < s.size() && (std::isalnum(static_cast<unsigned char>(s[n])) || s[n] == '_')) ++n;
            if (n == 0) return nullptr;
            std::string identity = std::string(package) + "." + std::string(s.substr(0, n));
            s.remove_prefix(n);
            return gos::Type::handle(identity);
        }
        if (eat("map[")) {
            gos::TypeRef key = type(depth + 1);
            if (!key || !eat("]")) return nullptr;
            gos::TypeRef elem = type(depth + 1);
            return elem ? gos::Type::mapOf(key, elem) : nullptr;
        }
        size_t n = 0;
        while (n < s.size() && ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= '0' && s[n] <= '9'))) ++n;
        std::string_view name = s.substr(0, n);
        s.remove_prefix(n);
        static const std::pair<std::string_view, K> kNames[] = {
            {"bool", K::Bool},       {"int", K::Int},         {"int8", K::Int8},       {"int16", K::Int16},
            {"int32", K::Int32},     {"int64", K::Int64},     {"uint", K::Uint},       {"uint8", K::Uint8},
            {"byte", K::Uint8},      {"uint16", K::Uint16},   {"uint32", K::Uint32},   {"uint64", K::Uint64},
            {"float32", K::Float32}, {"float64", K::Float64}, {"string", K::String},   {"error", K::Error},
            {"any", K::Any},
        };
        for (const auto& [word, kind] : kNames)
            if (word == name) return gos::Type::basic(kind);
        return nullptr;
    }
    bool list(std::vector<gos::TypeRef>& out) {
        if (eat(")")) return true;
        for (;;) {
            gos::TypeRef t = type();
            if (!t) return false;
            out.push_back(t);
            if (eat(")")) return true;
            if (!eat(",")) return false;
        }
    }
    bool signature(std::vector<gos::TypeRef>& params, std::vector<gos::TypeRef>& results) {
        if (!eat("func") || !eat("(") || !list(params)) return false;
        space();
        if (s.empty()) return true;
        if (eat("(")) {
            if (!list(results)) return false;
        } else {
            gos::TypeRef t = type();
            if (!t) return false;
            results.push_back(t);
        }
        space();
        return s.empty();
    }
};

// The C++ host function that calls the C one.
gos::HostFunction hostFunction(gos_host_fn fn, void* context, size_t nresults) {
    return [fn, context, nresults](const std::vector<gos::Value>& args) {
        std::vector<const gos_value*> in;
        for (const gos::Value& a : args) in.push_back(handleOf(a));
        std::vector<gos_value*> out(nresults, nullptr);
        struct Free {
            std::vector<gos_value*>& out;
            ~Free() {
                for (gos_value* v : out) delete valuePtr(v);
            }
        } release{out};
        if (const char* panic = fn(context, in.data(), in.size(), out.data(), out.size()))
            throw std::runtime_error(panic);
        std::vector<gos::Value> values;
        for (gos_value* v : out) values.push_back(valueOf(v));
        return values;
    };
}

// A C host's object: released (when the host gave a release function)
// once nothing holds it, never when making the holder failed.
struct CHandle {
    void* pointer;
    gos_release_fn release;
    ~CHandle() {
        if (release) release(pointer);
    }
};

}  // namespace

extern "C" {

gos_value* gos_value_nil(void) {
    return guarded([] { return gos::Value(); });
}
gos_value* gos_value_bool(int b) {
    return guarded([&] { return gos::Value::boolean(b != 0); });
}
gos_value* gos_value_int(int64_t i) {
    return guarded([&] { return gos::Value::integer(i); });
}
gos_value* gos_value_uint(uint64_t u) {
    return guarded([&] { return gos::Value::unsignedInteger(u); });
}
gos_value* gos_value_float(double f) {
    return guarded([&] { return gos::Value::floating(f); });
}
gos_value* gos_value_string(const char* s, size_t length) {
    return guarded([&] { return gos::Value::string(std::string(s ? s : "", s ? length : 0)); });
}
gos_value* gos_value_error(const char* message) {
    return guarded([&] { return gos::Value::error(message ? message : ""); });
}

gos_value* gos_value_slice(const gos_value* const* elements, size_t n) {
    return guarded([&] {
        std::vector<gos::Value> out;
        for (size_t k = 0; elements && k < n; ++k) out.push_back(valueOf(elements[k]));
        return gos::Value::slice(std::move(out));
    });
}

gos_value* gos_value_map(const gos_value* const* keys, const gos_value* const* elements, size_t n) {
    return guarded([&] {
        std::vector<std::pair<gos::Value, gos::Value>> out;
        for (size_t k = 0; keys && elements && k < n; ++k) out.emplace_back(valueOf(keys[k]), valueOf(elements[k]));
        return gos::Value::map(std::move(out));
    });
}

gos_value* gos_value_struct(const char* const* names, const gos_value* const* fields, size_t n) {
    return guarded([&] {
        std::vector<std::pair<std::string, gos::Value>> out;
        for (size_t k = 0; names && fields && k < n; ++k) out.emplace_back(names[k] ? names[k] : "", valueOf(fields[k]));
        return gos::Value::structure(std::move(out));
    });
}

gos_value* gos_value_handle(const char* type, void* pointer, gos_release_fn release) {
    if (!type) return nullptr;
    return guarded([&] {
        if (!pointer) return gos::Value();
        auto holder = std::make_shared<CHandle>(CHandle{pointer, nullptr});
        gos::Value v = gos::Value::handle(std::shared_ptr<void>(holder, pointer), type);
        holder->release = release;  // armed once nothing can fail
        return v;
    });
}

void* gos_value_handle_pointer(const gos_value* value, const char* type) {
    const gos::Value& v = valueOf(value);
    if (v.kind() != gos::Value::Kind::Handle || !type || v.text() != type) return nullptr;
    return v.object().get();
}

void gos_value_free(gos_value* value) { delete valuePtr(value); }

gos_value_kind gos_value_kind_of(const gos_value* value) {
    return static_cast<gos_value_kind>(static_cast<int>(valueOf(value).kind()));
}
int gos_value_to_bool(const gos_value* value) { return valueOf(value).kind() == gos::Value::Kind::Bool && valueOf(value).toBool(); }
int64_t gos_value_to_int(const gos_value* value) {
    const gos::Value& v = valueOf(value);
    return v.kind() == gos::Value::Kind::Int ? v.toInt() : v.kind() == gos::Value::Kind::Uint ? static_cast<int64_t>(v.toUint()) : 0;
}
uint64_t gos_value_to_uint(const gos_value* value) {
    const gos::Value& v = valueOf(value);
    return v.kind() == gos::Value::Kind::Uint ? v.toUint() : v.kind() == gos::Value::Kind::Int ? static_cast<uint64_t>(v.toInt()) : 0;
}
double gos_value_to_float(const gos_value* value) {
    const gos::Value& v = valueOf(value);
    switch (v.kind()) {
        case gos::Value::Kind::Float: return v.toFloat();
        case gos::Value::Kind::Int: return static_cast<double>(v.toInt());
        case gos::Value::Kind::Uint: return static_cast<double>(v.toUint());
        default: return 0;
    }
}

const char* gos_value_text(const gos_value* value, size_t* length) {
    const std::string& t = valueOf(value).text();
    if (length) *length = t.size();
    return t.c_str();
}

size_t gos_value_len(const gos_value* value) {
    const gos::Value& v = valueOf(value);
    switch (v.kind()) {
        case gos::Value::Kind::Slice: return v.elements().size();
        case gos::Value::Kind::Map: return v.entries().size();
        case gos::Value::Kind::Struct: return v.fields().size();
        default: return 0;
    }
}

const gos_value* gos_value_at(const gos_value* value, size_t i) {
    const gos::Value& v = valueOf(value);
    switch (v.kind()) {
        case gos::Value::Kind::Slice: return i < v.elements().size() ? handleOf(v.elements()[i]) : nullptr;
        case gos::Value::Kind::Map: return i < v.entries().size() ? handleOf(v.entries()[i].second) : nullptr;
        case gos::Value::Kind::Struct: return i < v.fields().size() ? handleOf(v.fields()[i].second) : nullptr;
        default: return nullptr;
    }
}

const gos_value* gos_value_key_at(const gos_value* value, size_t i) {
    const gos::Value& v = valueOf(value);
    return v.kind() == gos::Value::Kind::Map && i < v.entries().size() ? handleOf(v.entries()[i].first) : nullptr;
}

const char* gos_value_field_name(const gos_value* value, size_t i) {
    const gos::Value& v = valueOf(value);
    return v.kind() == gos::Value::Kind::Struct && i < v.fields().size() ? v.fields()[i].first.c_str() : "";
}

const char* gos_value_go_type(const gos_value* value) { return valueOf(value).goType().c_str(); }

gos_result* gos_call(gos_runtime* runtime, const char* name, const gos_value* const* args, size_t nargs) {
    if (!runtime || !name || (!args && nargs > 0)) return badArgument("gos_call: a NULL argument");
    try {
        std::vector<gos::Value> in;
        for (size_t k = 0; k < nargs; ++k) in.push_back(valueOf(args[k]));
        gos::CallResult r = runtime->rt.call(name, in);
        gos_result* out = makeResult(r.error, r.error ? 2 : 0);
        if (out) out->values = std::move(r.results);
        return out;
    } catch (const std::bad_alloc&) {
        return outOfMemory();
    }
}

size_t gos_result_count(const gos_result* result) { return result ? result->values.size() : 0; }

const gos_value* gos_result_value(const gos_result* result, size_t i) {
    return result && i < result->values.size() ? handleOf(result->values[i]) : nullptr;
}

gos_package* gos_package_new(const char* path) {
    if (!path) return nullptr;
    try {
        return new gos_package{gos::Package(path)};
    } catch (const std::bad_alloc&) {
        return nullptr;
    }
}

void gos_package_free(gos_package* package) { delete package; }

gos_kind gos_package_add_func(gos_package* package, const char* name, const char* signature, gos_host_fn fn,
                              void* context) {
    if (!package || !name || !signature || !fn) return GOS_BAD_ARGUMENT;
    try {
        std::vector<gos::TypeRef> params, results;
        SignatureParser parser{signature, package->p.path()};
        if (!parser.signature(params, results)) return GOS_BAD_ARGUMENT;
        size_t nresults = results.size();
        package->p.function(name, params, results, hostFunction(fn, context, nresults));
        return GOS_OK;
    } catch (const std::bad_alloc&) {
        return GOS_FATAL;
    }
}

gos_kind gos_package_add_handle_type(gos_package* package, const char* name) {
    if (!package || !name) return GOS_BAD_ARGUMENT;
    try {
        package->p.handleType(name, gos::Type::handle(package->p.path() + "." + name));
        return GOS_OK;
    } catch (const std::bad_alloc&) {
        return GOS_FATAL;
    }
}

gos_kind gos_package_add_method(gos_package* package, const char* type, const char* name, const char* signature,
                                gos_host_fn fn, void* context) {
    if (!package || !type || !name || !signature || !fn) return GOS_BAD_ARGUMENT;
    try {
        std::vector<gos::TypeRef> params, results;
        SignatureParser parser{signature, package->p.path()};
        if (!parser.signature(params, results)) return GOS_BAD_ARGUMENT;
        size_t nresults = results.size();
        package->p.hostMethod(gos::Type::handle(package->p.path() + "." + type), name, params, results,
                              hostFunction(fn, context, nresults));
        return GOS_OK;
    } catch (const std::bad_alloc&) {
        return GOS_FATAL;
    }
}

gos_kind gos_package_add_constant(gos_package* package, const char* name, const gos_value* value) {
    if (!package || !name || !value) return GOS_BAD_ARGUMENT;
    try {
        package->p.constant(name, valueOf(value));
        return GOS_OK;
    } catch (const std::bad_alloc&) {
        return GOS_FATAL;
    }
}

void gos_config_add_package(gos_config* config, const gos_package* package) {
    if (!config || !package) return;
    try {
        config->config.packages.push_back(package->p);
    } catch (const std::bad_alloc&) {
    }
}

void gos_config_withhold_package(gos_config* config, const char* path) {
    if (!config || !path) return;
    try {
        config->config.withheldPackages.emplace_back(path);
    } catch (const std::bad_alloc&) {
    }
}

}  // extern "C"
