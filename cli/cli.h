// The gos command line, as a library so that tests can drive it.
#pragma once

#include <iosfwd>

namespace gos {

// Runs `gos ARGS...` (argv[0] is the program name) writing to out and err.
// Returns the process exit status: 0 success, 1 errors in the input,
// 2 a usage error.
int runCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

// The REPL (cli/repl.cpp): on a terminal with line editing, else reading
// lines plainly from standard input.
int runRepl(bool interactive, std::ostream& out, std::ostream& err);
bool stdinIsTerminal();

}  // namespace gos
