// Prints a syntax tree as indented text, one node a line with its position:
// the format of `gos check --ast`, which tests compare against.
#pragma once

#include <string>

#include "parser/ast.h"

namespace gos::ast {

std::string printTree(const File& file);
std::string printNode(const Node* node);

}  // namespace gos::ast
