// A statement header (if, switch, for) as the grammar parses it, before the
// parser's driver checks its parts.
#pragma once

#include "lexer/source.h"
#include "parser/ast.h"

namespace gos {

struct StmtHeader {
    ast::Stmt* init = nullptr;
    ast::Stmt* cond = nullptr;
    bool semi = false;  // "init; cond" form
    Pos semiPos;
    ast::Stmt* post = nullptr;
    bool threeClause = false;
    ast::RangeStmt* range = nullptr;
};

}  // namespace gos
