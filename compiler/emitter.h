// The emitter: the lowest layer of the code generator, and the only code
// that writes instructions into a vm::Function.
//
// Every operand goes through emit(), which checks it against its format in
// vm/opcodes.def: an unsigned operand (a slot, a byte offset or size, a
// constant, type or function index) must fit 32 bits, a signed one (an
// immediate, a jump offset) must fit int32. Callers say what they mean and
// the emitter picks a form that holds it:
//   - loadInt: LOADI for an int32, else LOADK from the constant pool;
//   - addImmediate: ADDI_I64 for an int32, else ADDK_I64 with a pooled
//     constant;
//   - fitsImmediate tells the compare-and-branch code whether the
//     immediate form applies (else it compares with a register);
//   - jumps carry 32-bit offsets, patched once the target is known.
// A value that no form can hold (a frame over Go's 1 GB stack-frame limit)
// is a limit the program hit: the emitter records an error for the current
// line instead of writing a truncated instruction, and the generator
// reports it.
//
// Constants are deduplicated through hash maps, so a function with n
// constants compiles in O(n).
#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>

#include "vm/program.h"

namespace gos::codegen {

class Emitter {
public:
    explicit Emitter(vm::Function* fn) : fn_(fn) {}

    // Appends an instruction; returns its index.
    size_t emit(vm::Op op, int64_t a = 0, int64_t b = 0, int64_t c = 0);
    // A jump (JMP, JT, JF: the offset is patched later) with register a.
    size_t jump(vm::Op op = vm::Op::JMP, int64_t a = 0) { return emit(op, a, 0); }
    // Sets the offset of the jump or compare-and-branch at `at` so that it
    // lands on `target`.
    void patchJump(size_t at, size_t target);
    size_t here() const { return fn_->code.size(); }
    // Says that a jump will land on target (a label's, patched later).
    void markTarget(size_t target) { furthestTarget_ = std::max(furthestTarget_, target); }
    // Whether a jump patched or marked so far lands on here(): code that
    // ends in a RET may still be entered at its end.
    bool endIsTarget() const { return furthestTarget_ >= here(); }

    // The index of v in the constant pool, added if missing.
    uint32_t constant(uint64_t v);
    // Two consecutive pool entries {data, len} for a string constant.
    uint32_t stringConstant(const char* data, uint64_t len);
    void loadInt(int64_t dst, int64_t v);
    // dst = src + v
    void addImmediate(int64_t dst, int64_t src, int64_t v);
    static bool fitsImmediate(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

    void setLine(int32_t line) { line_ = line; }
    int32_t line() const { return line_; }

    // A limit the function hit (first one only): its line and message.
    bool failed() const { return !limitError_.empty(); }
    int32_t failedLine() const { return limitLine_; }
    const std::string& failure() const { return limitError_; }
    void fail(const std::string& message);

protected:
    vm::Function* fn_;
    int32_t line_ = 0;

private:
    std::unordered_map<uint64_t, uint32_t> constants_;
    std::map<std::pair<const char*, uint64_t>, uint32_t> strings_;
    std::string limitError_;
    int32_t limitLine_ = 0;
    size_t furthestTarget_ = 0;
};

}  // namespace gos::codegen
