// The standard library as gos provides it: Go packages whose functions are
// natives (C++), declared to the checker with Go types.
//
// A package is built on demand for one program: its types come from the
// program's TypeTable (so they are identical to the program's own), and its
// natives are appended to the program's native table, where the code
// generator finds them by the index recorded in each function's Object.
#pragma once

#include <string_view>

#include "compiler/checker.h"
#include "vm/program.h"

namespace gos::stdlib {

// A PackageLoader for the checker: "fmt", "math", "os", ... or null.
check::PackageLoader loader(vm::Program& program, check::Info& info);

// Helpers the packages share while declaring their members.
class PackageBuilder {
public:
    PackageBuilder(check::Package* pkg, vm::Program& program, check::Info& info)
        : pkg_(pkg), program_(program), info_(info), tt_(*program.types) {}

    types::TypeTable& types() { return tt_; }
    vm::Program& program() { return program_; }
    types::Type* basic(types::Kind k) { return tt_.basic(k); }
    types::Type* anySlice() { return tt_.slice(tt_.emptyInterface()); }

    void func(const char* name, types::Func* sig, vm::NativeFn fn);
    void var(const char* name, types::Type* type, vm::NativeFn addressOf);
    void constant(const char* name, types::Type* type, constant::Value value);
    void typeName(const char* name, types::Type* type);

private:
    check::Object* add(const char* name);

    check::Package* pkg_;
    vm::Program& program_;
    check::Info& info_;
    types::TypeTable& tt_;
};

void declareFmt(PackageBuilder& b);
void declareMath(PackageBuilder& b);
void declareOs(PackageBuilder& b);
void declareStrings(PackageBuilder& b);
void declareErrors(PackageBuilder& b);

}  // namespace gos::stdlib
