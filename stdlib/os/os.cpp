// Package os: Args, Exit, Stdout, Stderr, Getenv and LookupEnv.
//
// The environment is the runtime's (VMConfig::environment) or, when the
// host gives none, the process's, read at the call (VM::lookupEnv). Go's
// syscall.Getenv answers "not set" for a key that is empty or holds a NUL
// byte (a C string would cut such a key short, so it cannot name a
// variable); so do these. The value is copied into a Go string.
//
// Variables of the standard library live in per-VM storage (VM::libraryVariable),
// so independent VMs never share them; the code generator reaches them
// through a native that returns the variable's address.
#include <cstdlib>
#include <cstring>
#include <string>

#include "stdlib/stdlib.h"
#include "vm/runtime.h"
#include "vm/vm.h"

namespace gos::stdlib {

using types::Kind;

namespace {

// Keys of the per-VM variables.
const char kArgsKey = 0;
const char kStdoutKey = 0;
const char kStderrKey = 0;


void nArgs(vm::VM& vm, uint64_t* a) {
    bool fresh;
    auto* slice = static_cast<vm::GoSlice*>(vm.libraryVariable(&kArgsKey, sizeof(vm::GoSlice), fresh));
    if (fresh) {
        const auto& args = vm.config().args;
        auto* data = static_cast<vm::GoString*>(vm.allocate(sizeof(vm::GoString) * (args.size() + 1), false));
        for (size_t k = 0; k < args.size(); ++k) data[k] = vm.makeString(args[k]);
        *slice = {data, static_cast<int64_t>(args.size()), static_cast<int64_t>(args.size())};
    }
    a[0] = reinterpret_cast<uint64_t>(slice);
}

// The variable os.Stdout (or Stderr): a cell holding a *File whose first
// word is the file descriptor.
uint64_t fileVar(vm::VM& vm, const void* key, int64_t fd) {
    bool fresh;
    auto* var = static_cast<void**>(vm.libraryVariable(key, sizeof(void*), fresh));
    if (fresh) {
        auto* file = static_cast<int64_t*>(vm.allocate(8, true));
        *file = fd;
        *var = file;
    }
    return reinterpret_cast<uint64_t>(var);
}

// (*File).Write: the bytes go to the VM's stdout or stderr callback.
void nWrite(vm::VM& vm, uint64_t* a) {
    auto* file = reinterpret_cast<const int64_t*>(a[0]);
    if (!file) vm.runtimeError(vm::kNilDeref, true);
    std::string_view bytes(reinterpret_cast<const char*>(a[1]), static_cast<size_t>(a[2]));
    if (*file == 2) vm.writeStderr(bytes);
    else vm.writeStdout(bytes);
    a[0] = bytes.size();
    a[1] = 0;  // err = nil
    a[2] = 0;
}

void nStdout(vm::VM& vm, uint64_t* a) { a[0] = fileVar(vm, &kStdoutKey, 1); }
void nStderr(vm::VM& vm, uint64_t* a) { a[0] = fileVar(vm, &kStderrKey, 2); }

void nExit(vm::VM& vm, uint64_t* a) { vm.exit(static_cast<int>(static_cast<int64_t>(a[0]))); }

// Getenv(key string) string
void nGetenv(vm::VM& vm, uint64_t* a) {
    std::optional<std::string> value = vm.lookupEnv(stringArg(a, 0));
    setString(a, 0, value ? vm.makeString(*value) : vm::GoString{nullptr, 0});
}

// LookupEnv(key string) (string, bool)
void nLookupEnv(vm::VM& vm, uint64_t* a) {
    std::optional<std::string> value = vm.lookupEnv(stringArg(a, 0));
    setString(a, 0, value ? vm.makeString(*value) : vm::GoString{nullptr, 0});
    a[2] = value ? 1 : 0;
}

}  // namespace

void declareOs(PackageBuilder& b) {
    auto& tt = b.types();
    types::Type* intT = b.basic(Kind::Int);
    types::Named* file = tt.named("File", "os");
    tt.setUnderlying(file, tt.structType({{"fd", intT, 0, false, ""}}));
    b.method(file, "Write", tt.func({tt.slice(tt.byteType())}, {intT, tt.errorType()}, false), true, nWrite);
    b.typeName("File", file);
    b.var("Args", tt.slice(b.basic(Kind::String)), nArgs);
    b.var("Stdout", tt.pointer(file), nStdout);
    b.var("Stderr", tt.pointer(file), nStderr);
    b.func("Exit", tt.func({intT}, {}, false), nExit);
    types::Type* str = b.basic(Kind::String);
    b.func("Getenv", tt.func({str}, {str}, false), nGetenv);
    b.func("LookupEnv", tt.func({str}, {str, b.basic(Kind::Bool)}, false), nLookupEnv);
}

}  // namespace gos::stdlib
