// From source text to a runnable program: parse, check, generate code.
#pragma once

#include <memory>
#include <string>

#include "api/host.h"
#include "compiler/checker.h"
#include "lexer/source.h"
#include "parser/ast.h"
#include "vm/program.h"

namespace gos {

struct Compilation {
    std::unique_ptr<ast::Ast> ast;
    std::unique_ptr<vm::Program> program;
    std::unique_ptr<check::Info> info;
    std::shared_ptr<api::HostPackages> host;  // what the program's host natives point into
    bool ok = false;
};

// Script mode is allowed unless the file name ends in .go. Stops after the
// first stage that reports errors; syntaxOnly stops after parsing. host,
// when given, adds the host's packages and withholds standard ones.
Compilation compileSource(const SourceFile& source, Diagnostics& diags, bool syntaxOnly = false,
                          std::shared_ptr<api::HostPackages> host = nullptr);

}  // namespace gos
