// Entry point of the parser layer: Go source text in, syntax tree out.
#pragma once

#include <memory>

#include "lexer/source.h"
#include "parser/ast.h"

namespace gos {

struct ParseOptions {
    // Script mode: a file without a package clause may mix statements and
    // declarations at top level. Off for .go files, which follow Go's rules
    // ("package statement must be first").
    bool allowScript = true;
};

// Parses one file. Errors go to diags (lexical and syntax errors alike,
// with gc's positions and wording); the tree is returned even when there
// were errors, as far as it got. The source must outlive the tree.
std::unique_ptr<ast::Ast> parseFile(const SourceFile& source, Diagnostics& diags, const ParseOptions& options = {});

}  // namespace gos
