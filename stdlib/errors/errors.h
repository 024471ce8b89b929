// Error values made by the standard library (errors.New, fmt.Errorf).
#pragma once

#include <string>
#include <string_view>

#include "stdlib/stdlib.h"
#include "vm/vm.h"

namespace gos::stdlib {

// Declares (once per program) the error type pkg.name: a struct holding the
// message, whose pointer has a native Error method.
types::Named* declareErrorType(PackageBuilder& b, const char* pkg, const char* name, vm::Program& program);

// An error value of the library type typeKey ("errors.errorString").
vm::Iface makeError(vm::VM& vm, const std::string& typeKey, std::string_view message);

}  // namespace gos::stdlib
