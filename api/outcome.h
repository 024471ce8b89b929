// What the API reports: the library's diagnostics and the VM's outcomes
// as the public Error, and a Config as the VM's configuration.
#pragma once

#include <gos/gos.hpp>

#include <atomic>
#include <string>

#include "lexer/source.h"
#include "vm/vm.h"

namespace gos {

// The errors as gc prints them: sorted, at most ten, then "too many errors".
std::string formatDiagnostics(const Diagnostics& diags);
Error compileError(const Diagnostics& diags);
Error internalError(ErrorKind kind, std::string message);
ErrorKind errorKind(vm::Outcome::Kind k);
// How a run or an invoke ended, as an Error (none when it returned or exited).
Error outcomeError(const vm::Outcome& o);
// The VM configuration of a run of the script `name` under c.
vm::VMConfig vmConfig(const Config& c, const std::string& name, const std::atomic<bool>* interrupt);

}  // namespace gos
