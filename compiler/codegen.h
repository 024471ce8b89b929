// The code generator: turns a checked file into a vm::Program.
#pragma once

#include <string>

#include "compiler/checker.h"
#include "vm/program.h"

namespace gos::codegen {

// Compiles the checked file into program (whose TypeTable the checker
// used). Natives referenced by the standard packages must already be in
// program.natives. Returns false, with errors in diags, for constructs the
// code generator does not handle yet.
bool compile(const ast::File& file, const check::Info& info, vm::Program& program, const std::string& filename,
             Diagnostics& diags);

}  // namespace gos::codegen
