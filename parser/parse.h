// Entry point of the parser layer: Go source text in, syntax tree out.
#pragma once

#include <memory>

#include "lexer/source.h"
#include "parser/ast.h"

namespace gos {

// Parses one file. Errors go to diags (lexical and syntax errors alike,
// with gc's positions and wording); the tree is returned even when there
// were errors, as far as it got. The source must outlive the tree.
std::unique_ptr<ast::Ast> parseFile(const SourceFile& source, Diagnostics& diags);

}  // namespace gos
