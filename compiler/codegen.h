// The code generator: turns a checked file into a vm::Program.
#pragma once

#include <memory>
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

class Generator;

// A session's code generator: compiles its inputs one at a time (each
// checked by check::checkInput into the same Info) into the same program,
// appending functions, and for each input a globals area of its own, so
// that nothing earlier inputs' code refers to moves. The program's entry is
// then the latest input's top level.
class Session {
public:
    Session(const check::Info& info, vm::Program& program);
    ~Session();
    bool compile(const ast::File& input, const std::string& filename, Diagnostics& diags);

private:
    std::unique_ptr<Generator> gen_;
};

}  // namespace gos::codegen
