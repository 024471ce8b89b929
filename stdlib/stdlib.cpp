#include "stdlib/stdlib.h"

#include <algorithm>
#include <memory>

#include "compiler/emitter.h"
#include "vm/value.h"

namespace gos::stdlib {

check::Object* PackageBuilder::add(const char* name) {
    auto obj = std::make_unique<check::Object>();
    obj->name = name;
    obj->used = true;
    obj->global = true;
    check::Object* raw = obj.get();
    info_.objects.push_back(std::move(obj));
    pkg_->members[name] = raw;
    return raw;
}

namespace {

// Whether a value of type t can lead a native to Go code: a func, or an
// interface (whose methods may be the program's), anywhere inside it.
bool reachesGo(const types::Type* t, int depth = 0) {
    if (!t || depth > 16) return false;
    switch (t->kind) {
        case types::Kind::Func:
        case types::Kind::Interface: return true;
        case types::Kind::Named: return reachesGo(static_cast<const types::Named*>(t)->underlying, depth + 1);
        case types::Kind::Pointer: return reachesGo(static_cast<const types::Pointer*>(t)->elem, depth + 1);
        case types::Kind::Slice: return reachesGo(static_cast<const types::Slice*>(t)->elem, depth + 1);
        case types::Kind::Array: return reachesGo(static_cast<const types::Array*>(t)->elem, depth + 1);
        case types::Kind::Map: {
            auto* m = static_cast<const types::Map*>(t);
            return reachesGo(m->key, depth + 1) || reachesGo(m->elem, depth + 1);
        }
        case types::Kind::Struct:
            for (const types::Field& f : static_cast<const types::Struct*>(t)->fields)
                if (reachesGo(f.type, depth + 1)) return true;
            return false;
        default: return false;
    }
}

// A native may call Go when its receiver or a parameter can lead to Go
// code; the VM then runs it on a fiber (vm/sched.cpp).
bool mayCallGo(const types::Func* sig, const types::Type* recv) {
    if (reachesGo(recv)) return true;
    for (const types::Type* p : sig->params)
        if (reachesGo(p)) return true;
    return false;
}

}  // namespace

void PackageBuilder::func(const char* name, types::Func* sig, vm::NativeFn fn, bool callsGo, const void* data) {
    check::Object* o = add(name);
    o->kind = check::Object::Kind::Func;
    o->type = sig;
    o->native = static_cast<int32_t>(program_.natives.size());
    program_.natives.push_back({pkg_->name + "." + name, fn, callsGo || mayCallGo(sig, nullptr), data});
}

void PackageBuilder::var(const char* name, types::Type* type, vm::NativeFn addressOf, const void* data) {
    check::Object* o = add(name);
    o->kind = check::Object::Kind::Var;
    o->type = type;
    o->native = static_cast<int32_t>(program_.natives.size());
    program_.natives.push_back({pkg_->name + "." + name, addressOf, false, data});
}

void PackageBuilder::constant(const char* name, types::Type* type, constant::Value value) {
    check::Object* o = add(name);
    o->kind = check::Object::Kind::Const;
    o->type = type;
    o->value = std::move(value);
}

void PackageBuilder::typeName(const char* name, types::Type* type) {
    check::Object* o = add(name);
    o->kind = check::Object::Kind::TypeName;
    o->type = type;
}

void PackageBuilder::method(types::Named* recv, const char* name, types::Func* sig, bool pointerReceiver,
                            vm::NativeFn fn, const void* data) {
    types::Method m;
    m.name = name;
    m.sig = sig;
    m.pointerReceiver = pointerReceiver;
    m.native = static_cast<int32_t>(program_.natives.size());
    std::string owner = recv->pkg + "." + (pointerReceiver ? "(*" + recv->name + ")" : recv->name);
    program_.natives.push_back({owner + "." + name, fn, mayCallGo(sig, recv), data});
    recv->methods.push_back(std::move(m));
}

check::Package* PackageBuilder::import(std::string_view path) { return loader(program_, info_)(path, tt_); }

int32_t PackageBuilder::native(const std::string& name, vm::NativeFn fn, bool callsGo) {
    program_.natives.push_back({name, fn, callsGo});
    return static_cast<int32_t>(program_.natives.size() - 1);
}

int32_t PackageBuilder::closureFunction(const std::string& name, int paramSlots, int resultSlots, vm::NativeFn fn,
                                        bool callsGo) {
    auto f = std::make_unique<vm::Function>();
    f->name = name;
    f->paramSlots = paramSlots;
    f->resultSlots = resultSlots;
    // the native's frame starts after the parameters: the captured pointer,
    // then a copy of the parameters
    int base = paramSlots;
    f->frameSlots = base + 1 + std::max(paramSlots, resultSlots);
    codegen::Emitter out(f.get());
    out.emit(vm::Op::UPVAL, base, 0);
    if (paramSlots > 0) out.emit(vm::Op::MOVN, base + 1, 0, paramSlots);
    out.emit(vm::Op::CALLN, base, native(name, fn, callsGo));
    out.emit(vm::Op::RET, base, resultSlots);
    f->wrapper = true;  // hidden in tracebacks, as the natives it calls are
    program_.functions.push_back(std::move(f));
    auto index = static_cast<int32_t>(program_.functions.size() - 1);
    program_.libraryFunctions[name] = index;
    return index;
}

vm::Closure* makeClosure(vm::VM& vm, int32_t function, void* captured) {
    auto* c = static_cast<vm::Closure*>(vm.allocate(sizeof(vm::Closure), false));
    c->fn = vm.program().functions[static_cast<size_t>(function)].get();
    c->captures[0] = captured;
    return c;
}

void panicString(vm::VM& vm, std::string_view message) {
    auto* box = static_cast<vm::GoString*>(vm.allocate(sizeof(vm::GoString), false));
    *box = vm.makeString(message);
    vm.panicWith(vm::Iface{vm.program().types->basic(types::Kind::String), box});
}

namespace {

// The packages, by import path. A package's name is the last element of
// its path ("unicode/utf8" is package utf8).
struct PackageEntry {
    std::string_view path;
    void (*declare)(PackageBuilder&);
};
constexpr PackageEntry kPackages[] = {
    {"fmt", declareFmt},         {"math", declareMath},       {"os", declareOs},
    {"strings", declareStrings}, {"errors", declareErrors},   {"strconv", declareStrconv},
    {"sort", declareSort},       {"unicode", declareUnicode}, {"unicode/utf8", declareUtf8},
    {"time", declareTime},       {"runtime", declareRuntime},
    {"sync", declareSync},       {"sync/atomic", declareAtomic}, {"context", declareContext},
    {"container/heap", declareHeap}, {"container/ring", declareRing}, {"flag", declareFlag},
    {"gos/inspect", declareInspect},
};

std::string_view packageName(std::string_view path) {
    size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

}  // namespace

// The checker asks with an import path (an import declaration) or, in a
// script, with the bare name a selector uses ("utf8" in utf8.RuneLen). A
// name that is no path of its own is looked up among the names of the
// packages whose path has several elements, so both find "unicode/utf8".
static const PackageEntry* find(std::string_view request) {
    const PackageEntry* entry = nullptr;
    for (const PackageEntry& e : kPackages)
        if (e.path == request) entry = &e;
    if (!entry)
        for (const PackageEntry& e : kPackages)
            if (e.path != packageName(e.path) && packageName(e.path) == request) entry = &e;
    return entry;
}

std::vector<std::string_view> packagePaths() {
    std::vector<std::string_view> out;
    for (const PackageEntry& e : kPackages) out.push_back(e.path);
    return out;
}

std::string_view packagePath(std::string_view request) {
    const PackageEntry* entry = find(request);
    return entry ? entry->path : std::string_view();
}

check::PackageLoader loader(vm::Program& program, check::Info& info) {
    return [&program, &info](std::string_view request, types::TypeTable&) -> check::Package* {
        const PackageEntry* entry = find(request);
        if (!entry) return nullptr;
        for (auto& p : info.packages)
            if (p->path == entry->path) return p.get();
        auto pkg = std::make_unique<check::Package>();
        pkg->path = std::string(entry->path);
        pkg->name = std::string(packageName(entry->path));
        check::Package* raw = pkg.get();
        info.packages.push_back(std::move(pkg));
        PackageBuilder b(raw, program, info);
        entry->declare(b);
        // os sets finalizers as it initialises (on Stdin, Stdout, Stderr),
        // which starts Go's finalizer goroutine before main's; fmt imports os
        if (entry->path == "os" || entry->path == "fmt") program.firstGoroutineId = 6;
        return raw;
    };
}

}  // namespace gos::stdlib
