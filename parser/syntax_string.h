// Renders expressions and simple statements as Go source, the way gc
// quotes them in messages ("cannot use x := 0 as value"): function bodies
// and composite literal contents are shortened to {…}.
#pragma once

#include <string>

#include "parser/ast.h"

namespace gos::ast {

std::string exprString(const Expr* e);
std::string stmtString(const Stmt* s);

}  // namespace gos::ast
