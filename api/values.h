// Go values in a VM's memory, copied to and from gos::Value.
//
// Reading copies: a Value owns its bytes and never points into Go memory.
// Writing allocates the Go memory a value needs (strings, backing arrays,
// maps) through the VM, so it counts like any allocation of the script;
// the destination must be memory the collector scans (a frame's slots, an
// object of the VM) so that what was allocated stays alive.
#pragma once

#include <gos/value.hpp>

#include "types/types.h"
#include "vm/vm.h"

namespace gos::api {

// The value of Go type t stored in memory at p.
Value readValue(vm::VM& vm, types::Type* t, const void* p);
// Writes v as a value of Go type t into the zeroed memory at p; throws
// ConversionError (gos/bind.hpp) when v does not fit t.
void writeValue(vm::VM& vm, types::Type* t, const Value& v, void* p);

// The same for a value held in frame slots, where integers narrower than
// 64 bits are kept sign- or zero-extended (vm/opcodes.def).
Value readSlots(vm::VM& vm, types::Type* t, const uint64_t* slots);
void writeSlots(vm::VM& vm, types::Type* t, const Value& v, uint64_t* slots);

// Go's spelling of t for messages ("[]string", "db.Rule").
std::string goTypeName(const types::Type* t);

}  // namespace gos::api
