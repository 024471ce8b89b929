#include "compiler/emitter.h"

namespace gos::codegen {

namespace {

bool fitsUnsigned(int64_t v) { return v >= 0 && v <= static_cast<int64_t>(UINT32_MAX); }
bool fitsSigned(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

}  // namespace

void Emitter::fail(const std::string& message) {
    if (!limitError_.empty()) return;
    limitError_ = message;
    limitLine_ = line_;
}

size_t Emitter::emit(vm::Op op, int64_t a, int64_t b, int64_t c) {
    using vm::Format;
    Format f = vm::opFormat(op);
    bool signedB = f == Format::AsBsC || f == Format::AsBx;
    bool signedC = f == Format::ABsC || f == Format::AsBsC;
    bool ok = fitsUnsigned(a) && (signedB ? fitsSigned(b) : fitsUnsigned(b)) && (signedC ? fitsSigned(c) : fitsUnsigned(c));
    if (!ok) {
        // only a size beyond what gos can address gets here: the caller
        // chose the form (see the essay in emitter.h)
        fail(std::string("value too large for instruction ") + vm::opName(op));
        a = b = c = 0;
    }
    vm::Instr in;
    in.op = op;
    in.a = static_cast<uint32_t>(a);
    in.b = static_cast<uint32_t>(b);
    in.c = static_cast<uint32_t>(c);
    fn_->code.push_back(in);
    fn_->lines.push_back(line_);
    return fn_->code.size() - 1;
}

void Emitter::patchJump(size_t at, size_t target) {
    markTarget(target);
    int64_t off = static_cast<int64_t>(target) - static_cast<int64_t>(at) - 1;
    if (!fitsSigned(off)) {
        fail("function too large: a jump over more than 2^31 instructions");
        off = 0;
    }
    vm::Instr& in = fn_->code[at];
    if (vm::opFormat(in.op) == vm::Format::AsBx) in.b = static_cast<uint32_t>(off);
    else in.c = static_cast<uint32_t>(off);
}

uint32_t Emitter::constant(uint64_t v) {
    auto [it, fresh] = constants_.try_emplace(v, static_cast<uint32_t>(fn_->constants.size()));
    if (fresh) fn_->constants.push_back(v);
    return it->second;
}

uint32_t Emitter::stringConstant(const char* data, uint64_t len) {
    auto [it, fresh] = strings_.try_emplace({data, len}, static_cast<uint32_t>(fn_->constants.size()));
    if (fresh) {
        fn_->constants.push_back(reinterpret_cast<uint64_t>(data));
        fn_->constants.push_back(len);
    }
    return it->second;
}

void Emitter::loadInt(int64_t dst, int64_t v) {
    if (fitsSigned(v)) emit(vm::Op::LOADI, dst, v);
    else emit(vm::Op::LOADK, dst, constant(static_cast<uint64_t>(v)));
}

void Emitter::addImmediate(int64_t dst, int64_t src, int64_t v) {
    if (fitsSigned(v)) emit(vm::Op::ADDI_I64, dst, src, v);
    else emit(vm::Op::ADDK_I64, dst, src, constant(static_cast<uint64_t>(v)));
}

}  // namespace gos::codegen
