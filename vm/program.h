// A compiled program: what the compiler hands the VM.
//
// A Program owns its functions (bytecode, constants, line tables), the
// types its values carry at run time, the layout of its globals and the
// native functions of the standard library it calls. It is immutable while
// it runs, and one Program may be run by any number of VMs. A session's
// program only grows, between runs: functions, types, natives and globals
// areas are appended, and nothing already there moves (VM::invoke adopts
// what was added).
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "types/types.h"

namespace gos::vm {

enum class Op : uint16_t {
#define X(name, format, doc) name,
#include "vm/opcodes.def"
#undef X
    Count
};

enum class Format : uint8_t { NONE, A, AB, ABC, ABsC, AsBsC, ABx, AsBx };

const char* opName(Op op);
Format opFormat(Op op);

// One instruction: an opcode and three 32-bit operands (16 bytes). Slots,
// byte offsets and sizes, jump offsets and constant, type and function
// indexes all fit an operand, so no program gos can hold in memory needs a
// wider form; the code generator's emitter (compiler/emitter.h) checks
// every operand against its format and takes another route (the constant
// pool, a computed address) where a value does not fit.
struct Instr {
    Op op = Op::NOP;
    uint16_t unused_ = 0;
    uint32_t a = 0, b = 0, c = 0;

    uint32_t bx() const { return b; }
    int32_t sbx() const { return static_cast<int32_t>(b); }
    int32_t sb() const { return static_cast<int32_t>(b); }
    int32_t sc() const { return static_cast<int32_t>(c); }
};
static_assert(sizeof(Instr) == 16, "an instruction is 16 bytes");

// Which check of a slice expression failed (BOUNDS_SLICE's c), as Go's
// runtime names them: s[x:y] checks y <= cap (ALen for strings and
// arrays, ACap for slices) then x <= y (B); s[x:y:z] checks z <= cap,
// then y <= z (3B), then x <= y (3C).
enum class SliceBound : uint8_t { ALen, ACap, B, Slice3ALen, Slice3ACap, Slice3B, Slice3C };
struct Function {
    std::string name;            // as Go prints it in a trace: main.f, main.T.M, main.(*T).M, main.main.func1
    int32_t paramSlots = 0;      // the parameters occupy slots [0, paramSlots)
    int32_t resultSlots = 0;     // results are returned in slots [0, resultSlots)
    int32_t frameSlots = 0;      // slots the frame needs
    int32_t captures = 0;        // pointers a closure of this function captures
    std::vector<Instr> code;
    std::vector<uint64_t> constants;
    std::vector<int32_t> lines;  // source line of each instruction
    std::string file;
    bool wrapper = false;        // made by the compiler (method value, interface call): hidden in tracebacks
    int32_t recoverPc = -1;      // with defers: where it resumes when a deferred call recovers
    int64_t stackBytes = 0;      // locals Go keeps on its stack that gos keeps in heap cells (STACKCHARGE)
};

class VM;

// A function of the standard library written in C++. It reads its
// arguments from args[0..] laid out as for a bytecode call and writes its
// results from args[0] on.
using NativeFn = void (*)(VM& vm, uint64_t* args);

struct Native {
    std::string name;  // fmt.Println
    NativeFn fn;
    bool callsGo = false;  // may call Go functions: run on a fiber (sched.cpp)
    // What the native was made for, when one fn serves many (a host's
    // functions): read back with VM::runningNative().
    const void* data = nullptr;
};

// A function declared at the top level of the program, callable by a host
// by name (VM::invoke).
struct Export {
    int32_t function;
    types::Func* signature;
};

struct Program {
    std::unique_ptr<types::TypeTable> types = std::make_unique<types::TypeTable>();
    std::vector<std::unique_ptr<Function>> functions;
    std::vector<Native> natives;
    std::vector<types::Type*> runtimeTypes;  // T[i] of NEW and MKIFACE
    // Bytes of each globals area. A program has one; a session adds one per
    // input, so that what earlier inputs' code points into never moves.
    std::vector<int64_t> globalAreas{0};
    int32_t entry = -1;                      // the function that runs init and main
    int32_t showNative = -1;                 // a session's: shows a value (any) and its type's name (string)
    // The id of the first goroutine a go statement starts. Go's runtime
    // starts its own first (three always, a fourth for finalizers once a
    // package such as os sets one), and with one P numbers them in order.
    int64_t firstGoroutineId = 5;
    std::deque<std::string> strings;         // storage of string constants (stable addresses)
    std::vector<std::string> methodNames;    // M[i] of CALLI
    std::map<std::string, types::Type*> libraryTypes;  // types the natives make values of ("errors.errorString")
    std::map<std::string, int32_t> libraryFunctions;   // functions the library built, by name (closures its natives make)
    std::map<std::string, types::Type*> hostHandles;  // *pkg.Name of host packages' handle types, by identity (Named::hostHandle)
    std::map<std::string, Export, std::less<>> exports;  // top-level functions by their Go name ("Score")
    // the dynamic types of runtime panics' values (see panic.cpp)
    struct {
        types::Type* errorString = nullptr;
        types::Type* boundsError = nullptr;
        types::Type* typeAssertionError = nullptr;  // *runtime.TypeAssertionError
        types::Type* plainError = nullptr;          // e.g. assignment to entry in nil map
    } runtimeErrors;

    Program();

    // Index of t in runtimeTypes, added if missing.
    uint32_t typeIndex(types::Type* t);
    // A string constant's bytes, kept for the program's lifetime.
    const std::string& internString(std::string s);
    uint32_t methodNameIndex(const std::string& name);

private:
    std::unordered_map<types::Type*, uint32_t> typeIndexes_;
    std::unordered_map<std::string_view, size_t> stringIndexes_;  // views of `strings`
    std::unordered_map<std::string, uint32_t> methodIndexes_;
};

// Disassembles one function, one instruction a line, as `gos disasm` prints it.
std::string disassemble(const Program& program, const Function& f);

// Where the jump or compare-and-branch at pc lands when taken (pc + 1 +
// its offset); -1 for an instruction that does not jump.
int64_t jumpTarget(const Instr& in, size_t pc);
// What is wrong with f's code as the interpreter reads it, or "": every
// jump must land inside the code, and the last instruction must not fall
// through (RET, RETC, JMP, PANIC or UNREACHABLE). The code generator checks
// every function it makes, so that a fault of its own is a compile error,
// never a read past the end of the code.
std::string codeFault(const Function& f);

}  // namespace gos::vm
