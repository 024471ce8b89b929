// Unit tests of the code generator's emitter (compiler/emitter.h): operand
// ranges, the forms it picks, jump patching and the constant pool.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "compiler/emitter.h"

using gos::codegen::Emitter;
using gos::vm::Function;
using gos::vm::Op;

TEST_CASE("emitter: 32-bit operands are kept whole") {
    Function f;
    Emitter e(&f);
    e.emit(Op::LOAD_64, 70000, 100000, 4000000000LL);
    REQUIRE(f.code.size() == 1);
    CHECK(f.code[0].a == 70000u);
    CHECK(f.code[0].b == 100000u);
    CHECK(f.code[0].c == 4000000000u);
    CHECK_FALSE(e.failed());
}

TEST_CASE("emitter: signed operands by format") {
    Function f;
    Emitter e(&f);
    e.emit(Op::ADDI_I64, 1, 2, -70000);
    e.emit(Op::JLTI_I64, 3, -40000, 0);
    CHECK(f.code[0].sc() == -70000);
    CHECK(f.code[1].sb() == -40000);
    CHECK_FALSE(e.failed());
}

TEST_CASE("emitter: an operand no form holds is an error, never a truncation") {
    Function f;
    Emitter e(&f);
    e.setLine(12);
    e.emit(Op::MOV, int64_t(1) << 33, 0);
    CHECK(e.failed());
    CHECK(e.failedLine() == 12);
    Function g;
    Emitter e2(&g);
    e2.emit(Op::ADDI_I64, 0, 0, int64_t(1) << 40);  // a signed operand out of int32
    CHECK(e2.failed());
}

TEST_CASE("emitter: loadInt and addImmediate fall back to the constant pool") {
    Function f;
    Emitter e(&f);
    e.loadInt(0, 5);
    e.loadInt(0, int64_t(1) << 40);
    e.addImmediate(1, 1, -3);
    e.addImmediate(1, 1, int64_t(1) << 40);
    REQUIRE(f.code.size() == 4);
    CHECK(f.code[0].op == Op::LOADI);
    CHECK(f.code[1].op == Op::LOADK);
    CHECK(f.code[2].op == Op::ADDI_I64);
    CHECK(f.code[3].op == Op::ADDK_I64);
    CHECK(f.code[1].bx() == f.code[3].c);  // one pooled constant
    CHECK(f.constants.size() == 1);
    CHECK(f.constants[0] == uint64_t(1) << 40);
}

TEST_CASE("emitter: jumps over more than 32767 instructions") {
    Function f;
    Emitter e(&f);
    size_t fwd = e.emit(Op::JLT_I64, 0, 1, 0);
    size_t jf = e.jump(Op::JF, 2);
    for (int k = 0; k < 100000; ++k) e.emit(Op::NOP);
    e.patchJump(fwd, e.here());
    e.patchJump(jf, e.here());
    size_t back = e.jump();
    e.patchJump(back, 0);
    CHECK(f.code[fwd].sc() == 100001);
    CHECK(f.code[jf].sbx() == 100000);
    CHECK(f.code[back].sbx() == -100003);
    CHECK_FALSE(e.failed());
}

TEST_CASE("emitter: 70,000 distinct constants, deduplicated in linear time") {
    Function f;
    Emitter e(&f);
    auto start = std::chrono::steady_clock::now();
    for (int round = 0; round < 2; ++round)
        for (uint64_t k = 0; k < 70000; ++k) CHECK(e.constant(k * 7919) == k);
    static const char text[] = "abc";
    uint32_t s1 = e.stringConstant(text, 3), s2 = e.stringConstant(text, 3);
    CHECK(s1 == s2);
    CHECK(s1 == 70000u);
    CHECK(f.constants.size() == 70002);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(seconds < 1.0);
}

TEST_CASE("emitter: a jump to the end is known, and code that runs off its end is a fault") {
    Function f;
    Emitter e(&f);
    size_t skip = e.emit(Op::JLEI_I64, 0, 0, 0);
    e.emit(Op::RET, 1, 0);
    CHECK_FALSE(e.endIsTarget());
    e.patchJump(skip, e.here());
    // the code ends in RET, yet the jump lands past it
    CHECK(e.endIsTarget());
    CHECK(gos::vm::codeFault(f).find("lands outside the code") != std::string::npos);
    e.emit(Op::RET, 0, 0);
    CHECK_FALSE(e.endIsTarget());
    CHECK(gos::vm::codeFault(f).empty());

    Function g;
    Emitter e2(&g);
    e2.emit(Op::LOADI, 0, 1);
    CHECK(gos::vm::codeFault(g) == "the code runs off its end");
    e2.markTarget(e2.here());  // a label placed at the end
    CHECK(e2.endIsTarget());
    size_t back = e2.jump();
    e2.patchJump(back, 0);
    CHECK(gos::vm::codeFault(g).empty());
    CHECK(gos::vm::codeFault(Function{}) == "no code");
}
