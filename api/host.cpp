// Host packages (host.h): a host's functions, constants, variables and
// struct types, declared to the checker as a standard package declares
// its members, so that a script's use of them is checked exactly as Go
// checks a call of a Go function.
//
// Every host function is one native, callHost, told apart by the
// Native::data it was declared with: the member holding the host's
// std::function and the Go signature it was given. A call converts the
// arguments from the frame's slots to gos::Values, calls the host, and
// writes the results back; an exception the host throws is raised as a Go
// panic in the script, where deferred calls and recover see it. A host
// variable lives in a library variable of the VM (VM::libraryVariable),
// set to the host's initial value when the script first touches it.
#include "api/host.h"

#include <gc/gc_allocator.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "api/values.h"
#include "stdlib/stdlib.h"
#include "vm/runtime.h"

namespace gos::api {

namespace {

using types::Kind;

std::string_view lastElement(std::string_view path) {
    size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

void callHost(vm::VM& vm, uint64_t* a) {
    const auto* f = static_cast<const HostPackages::Function*>(vm.runningNative().data);
    if (f->receiver && a[0] == 0) vm.runtimeError(vm::kNilDeref, true);
    stdlib::ResultSlots out(vm, a);
    // the arguments, copied where the collector sees them (reading an
    // error's text may run Go code, which may move the stack)
    size_t argSlots = f->receiver ? 1 : 0;
    for (types::Type* p : f->signature->params) argSlots += static_cast<size_t>(types::slotsOf(p));
    std::vector<uint64_t, traceable_allocator<uint64_t>> slots(a, a + argSlots);
    std::vector<Value> args, results;
    std::string reading;  // what is being converted, for a conversion error's message
    try {
        size_t at = 0;
        if (f->receiver) {
            reading = "receiver";
            args.push_back(readSlots(vm, f->receiver, slots.data() + at++));
        }
        for (types::Type* p : f->signature->params) {
            reading = "argument " + std::to_string(args.size() + (f->receiver ? 0 : 1));
            args.push_back(readSlots(vm, p, slots.data() + at));
            at += static_cast<size_t>(types::slotsOf(p));
        }
        reading.clear();
        results = f->member->fn(args);
    } catch (const ConversionError& e) {
        stdlib::panicString(vm, reading.empty() ? e.what() : f->name + ": " + reading + ": " + e.what());
    } catch (const std::exception& e) {
        stdlib::panicString(vm, e.what());
    } catch (...) {
        stdlib::panicString(vm, f->name + ": the host function threw an exception");
    }
    const auto& want = f->signature->results;
    if (results.size() != want.size())
        stdlib::panicString(vm, f->name + ": the host function returned " + std::to_string(results.size()) +
                                    " results, want " + std::to_string(want.size()));
    size_t resultSlots = 0;
    for (types::Type* r : want) resultSlots += static_cast<size_t>(types::slotsOf(r));
    std::vector<uint64_t, traceable_allocator<uint64_t>> made(resultSlots, 0);
    try {
        size_t at = 0;
        for (size_t k = 0; k < want.size(); ++k) {
            writeSlots(vm, want[k], results[k], made.data() + at);
            at += static_cast<size_t>(types::slotsOf(want[k]));
        }
    } catch (const std::exception& e) {
        stdlib::panicString(vm, f->name + ": result: " + e.what());
    }
    std::copy(made.begin(), made.end(), out.get(vm));
}

void hostVariable(vm::VM& vm, uint64_t* a) {
    const auto* v = static_cast<const HostPackages::Variable*>(vm.runningNative().data);
    bool fresh;
    void* cell = vm.libraryVariable(v, static_cast<size_t>(std::max<int64_t>(v->type->size, 1)), fresh);
    if (fresh && !v->member->value.isNil()) {
        try {
            writeValue(vm, v->type, v->member->value, cell);
        } catch (const std::exception& e) {
            stdlib::panicString(vm, e.what());
        }
    }
    a[0] = reinterpret_cast<uint64_t>(cell);
}

}  // namespace

HostPackages::HostPackages(std::vector<Package> packages, std::vector<std::string> withheld)
    : packages_(std::move(packages)), withheld_(std::move(withheld)) {}

types::Type* HostPackages::goType(const TypeRef& t, types::TypeTable& tt, const std::string& where,
                                  const Type* declaring) {
    if (!t) throw std::invalid_argument(where + ": a type is missing");
    switch (t->kind) {
        case Type::Kind::Bool: return tt.basic(Kind::Bool);
        case Type::Kind::Int: return tt.basic(Kind::Int);
        case Type::Kind::Int8: return tt.basic(Kind::Int8);
        case Type::Kind::Int16: return tt.basic(Kind::Int16);
        case Type::Kind::Int32: return tt.basic(Kind::Int32);
        case Type::Kind::Int64: return tt.basic(Kind::Int64);
        case Type::Kind::Uint: return tt.basic(Kind::Uint);
        case Type::Kind::Uint8: return tt.byteType();
        case Type::Kind::Uint16: return tt.basic(Kind::Uint16);
        case Type::Kind::Uint32: return tt.basic(Kind::Uint32);
        case Type::Kind::Uint64: return tt.basic(Kind::Uint64);
        case Type::Kind::Float32: return tt.basic(Kind::Float32);
        case Type::Kind::Float64: return tt.basic(Kind::Float64);
        case Type::Kind::String: return tt.basic(Kind::String);
        case Type::Kind::Error: return tt.errorType();
        case Type::Kind::Any: return tt.emptyInterface();
        case Type::Kind::Slice: return tt.slice(goType(t->elem, tt, where));
        case Type::Kind::Map: {
            types::Type* key = goType(t->key, tt, where);
            if (!types::comparable(key))
                throw std::invalid_argument(where + ": invalid map key type " + types::typeString(key));
            return tt.map(key, goType(t->elem, tt, where));
        }
        case Type::Kind::Handle: {
            auto it = handles_.find(t->identity);
            if (it == handles_.end())
                throw std::invalid_argument(where + ": a handle of a type no package declares (Package::handle)");
            return tt.pointer(it->second.named);
        }
        case Type::Kind::Struct: {
            auto it = named_.find(t->identity);
            if (it != named_.end() && t.get() != declaring) return it->second;
            if (t->reference)
                throw std::invalid_argument(where + ": a struct that contains itself must be declared (Package::type)");
            std::vector<types::Field> fields;
            for (const auto& [name, ft] : t->fields) {
                for (const types::Field& f : fields)
                    if (f.name == name) throw std::invalid_argument(where + ": duplicate field " + name);
                types::Field f;
                f.name = name;
                f.type = goType(ft, tt, where);
                fields.push_back(std::move(f));
            }
            return tt.structType(std::move(fields));
        }
    }
    throw std::invalid_argument(where + ": unknown type");
}

// The named types of every host package, made before any package's
// members, so that one package's functions may use another's types. A
// handle type is a struct with one unexported field (which the script
// cannot name): the number host_objects.h gives it.
void HostPackages::declareTypes(types::TypeTable& tt, vm::Program& program) {
    if (typesDeclared_) return;
    typesDeclared_ = true;
    std::vector<std::pair<types::Named*, const Package::Member*>> made;
    for (const Package& p : packages_)
        for (const Package::Member& m : p.members()) {
            if (m.kind != Package::Member::Kind::Type) continue;
            std::string where = "package " + p.path() + ": type " + m.name;
            if (m.type && m.type->kind == Type::Kind::Handle) {
                if (m.type->identity.empty()) throw std::invalid_argument(where + ": a handle type needs an identity");
                types::Named* n = tt.named(m.name, std::string(lastElement(p.path())));
                n->hostHandle = m.type->identity;
                static_assert(vm::HostObjects::kObjectBytes == 8);
                tt.setUnderlying(n, tt.structType({{"handle", tt.basic(Kind::Uintptr), 0, false, ""}}));
                if (!handles_.emplace(m.type->identity, Handle{n, &p}).second)
                    throw std::invalid_argument(where + " declares a handle type declared already");
                program.hostHandles[m.type->identity] = tt.pointer(n);
                continue;
            }
            if (!m.type || m.type->kind != Type::Kind::Struct)
                throw std::invalid_argument(where + " is not a struct or a handle");
            types::Named* n = tt.named(m.name, std::string(lastElement(p.path())));
            if (!named_.emplace(m.type->identity, n).second)
                throw std::invalid_argument(where + " declares a struct declared already");
            made.emplace_back(n, &m);
        }
    for (auto& [n, m] : made) tt.setUnderlying(n, goType(m->type, tt, "type " + n->pkg + "." + n->name, m->type.get()));
}

check::Package* HostPackages::declare(const Package& p, vm::Program& program, check::Info& info) {
    auto pkg = std::make_unique<check::Package>();
    pkg->path = p.path();
    pkg->name = std::string(lastElement(p.path()));
    check::Package* raw = pkg.get();
    info.packages.push_back(std::move(pkg));
    stdlib::PackageBuilder b(raw, program, info);
    types::TypeTable& tt = b.types();
    declareTypes(tt, program);
    for (const Package::Member& m : p.members()) {
        std::string where = "package " + p.path() + ": " + m.name;
        if (m.kind == Package::Member::Kind::Method) {
            declareMethod(p, m, b, where);
            continue;
        }
        if (m.name.empty() || raw->members.count(m.name)) throw std::invalid_argument(where + " is declared twice");
        switch (m.kind) {
            case Package::Member::Kind::Func: {
                if (!m.fn) throw std::invalid_argument(where + " has no function");
                std::vector<types::Type*> params, results;
                for (const TypeRef& t : m.params) params.push_back(goType(t, tt, where));
                for (const TypeRef& t : m.results) results.push_back(goType(t, tt, where));
                types::Func* sig = tt.func(std::move(params), std::move(results), false);
                functions_.push_back({&m, sig, raw->name + "." + m.name});
                b.func(m.name.c_str(), sig, callHost, false, &functions_.back());
                break;
            }
            case Package::Member::Kind::Const: {
                constant::Value v;
                types::Type* t;
                switch (m.value.kind()) {
                    case Value::Kind::Bool: v = constant::makeBool(m.value.toBool()), t = tt.basic(Kind::UntypedBool); break;
                    case Value::Kind::Int: v = constant::makeInt64(m.value.toInt()), t = tt.basic(Kind::UntypedInt); break;
                    case Value::Kind::Uint: v = constant::makeUint64(m.value.toUint()), t = tt.basic(Kind::UntypedInt); break;
                    case Value::Kind::Float:
                        v = constant::makeFloat64(m.value.toFloat()), t = tt.basic(Kind::UntypedFloat);
                        break;
                    case Value::Kind::String: v = constant::makeString(m.value.text()), t = tt.basic(Kind::UntypedString); break;
                    default: throw std::invalid_argument(where + ": a constant is a bool, a number or a string");
                }
                if (m.value.kind() == Value::Kind::Float && !(m.value.toFloat() == m.value.toFloat() &&
                                                              m.value.toFloat() - m.value.toFloat() == 0))
                    throw std::invalid_argument(where + ": a constant cannot be infinite or NaN");
                b.constant(m.name.c_str(), t, std::move(v));
                break;
            }
            case Package::Member::Kind::Var: {
                types::Type* t = goType(m.type, tt, where);
                variables_.push_back({&m, t});
                b.var(m.name.c_str(), t, hostVariable, &variables_.back());
                break;
            }
            case Package::Member::Kind::Type:
                b.typeName(m.name.c_str(), m.type->kind == Type::Kind::Handle ? handles_.at(m.type->identity).named
                                                                               : named_.at(m.type->identity));
                break;
            case Package::Member::Kind::Method: break;
        }
    }
    return raw;
}

// A method of one of the package's handle types, a native like its
// functions whose first argument is the receiver.
void HostPackages::declareMethod(const Package& p, const Package::Member& m, stdlib::PackageBuilder& b,
                                 const std::string& where) {
    types::TypeTable& tt = b.types();
    if (!m.fn) throw std::invalid_argument(where + " has no function");
    auto it = m.type && m.type->kind == Type::Kind::Handle ? handles_.find(m.type->identity) : handles_.end();
    if (it == handles_.end() || it->second.package != &p)
        throw std::invalid_argument(where + ": a method's receiver is a handle type of its own package");
    types::Named* n = it->second.named;
    if (m.name.empty() || n->findMethod(m.name))
        throw std::invalid_argument(where + ": method " + n->name + "." + m.name + " is declared twice");
    std::vector<types::Type*> params, results;
    for (const TypeRef& t : m.params) params.push_back(goType(t, tt, where));
    for (const TypeRef& t : m.results) results.push_back(goType(t, tt, where));
    types::Func* sig = tt.func(std::move(params), std::move(results), false);
    functions_.push_back({&m, sig, n->pkg + ".(*" + n->name + ")." + m.name, tt.pointer(n)});
    b.method(n, m.name.c_str(), sig, true, callHost, &functions_.back());
}

check::PackageLoader HostPackages::loader(vm::Program& program, check::Info& info) {
    check::PackageLoader standard = stdlib::loader(program, info);
    return [this, &program, &info, standard](std::string_view request, types::TypeTable& tt) -> check::Package* {
        for (auto& p : info.packages)
            if (p->path == request || (p->unavailable && lastElement(p->path) == request)) return p.get();
        for (const Package& p : packages_) {
            if (p.path() != request && lastElement(p.path()) != request) continue;
            for (auto& q : info.packages)
                if (q->path == p.path()) return q.get();
            return declare(p, program, info);
        }
        std::string_view path = stdlib::packagePath(request);
        if (!path.empty() && std::find(withheld_.begin(), withheld_.end(), path) != withheld_.end()) {
            auto pkg = std::make_unique<check::Package>();
            pkg->path = std::string(path);
            pkg->name = std::string(lastElement(path));
            pkg->unavailable = true;
            info.packages.push_back(std::move(pkg));
            return info.packages.back().get();
        }
        return standard(request, tt);
    };
}

}  // namespace gos::api
