#include "vm/program.h"

#include <cstdio>

namespace gos::vm {

namespace {

struct OpInfo {
    const char* name;
    Format format;
};

constexpr OpInfo kOps[] = {
#define X(name, format, doc) {#name, Format::format},
#include "vm/opcodes.def"
#undef X
};

}  // namespace

const char* opName(Op op) { return kOps[static_cast<size_t>(op)].name; }
Format opFormat(Op op) { return kOps[static_cast<size_t>(op)].format; }

uint32_t Program::typeIndex(types::Type* t) {
    t = types->canonical(t);  // the runtime knows no byte or rune
    auto [it, fresh] = typeIndexes_.try_emplace(t, static_cast<uint32_t>(runtimeTypes.size()));
    if (fresh) runtimeTypes.push_back(t);
    return it->second;
}

const std::string& Program::internString(std::string s) {
    auto it = stringIndexes_.find(s);
    if (it != stringIndexes_.end()) return strings[it->second];
    strings.push_back(std::move(s));
    stringIndexes_.emplace(strings.back(), strings.size() - 1);  // a view of the stable copy
    return strings.back();
}

uint32_t Program::methodNameIndex(const std::string& name) {
    auto [it, fresh] = methodIndexes_.try_emplace(name, static_cast<uint32_t>(methodNames.size()));
    if (fresh) methodNames.push_back(name);
    return it->second;
}

int64_t jumpTarget(const Instr& in, size_t pc) {
    switch (in.op) {
        case Op::JMP:
        case Op::JT:
        case Op::JF: return static_cast<int64_t>(pc) + 1 + in.sbx();
        case Op::JEQ_I64:
        case Op::JNE_I64:
        case Op::JLT_I64:
        case Op::JLE_I64:
        case Op::JLT_U64:
        case Op::JLE_U64:
        case Op::JEQI_I64:
        case Op::JNEI_I64:
        case Op::JLTI_I64:
        case Op::JLEI_I64:
        case Op::JGTI_I64:
        case Op::JGEI_I64: return static_cast<int64_t>(pc) + 1 + in.sc();
        default: return -1;
    }
}

std::string codeFault(const Function& f) {
    const auto size = static_cast<int64_t>(f.code.size());
    if (size == 0) return "no code";
    for (size_t pc = 0; pc < f.code.size(); ++pc) {
        int64_t to = jumpTarget(f.code[pc], pc);
        if (to != -1 && (to < 0 || to >= size))
            return "the jump at " + std::to_string(pc) + " lands outside the code, at " + std::to_string(to);
    }
    switch (f.code.back().op) {
        case Op::RET:
        case Op::RETC:
        case Op::JMP:
        case Op::PANIC:
        case Op::UNREACHABLE: return "";
        default: return "the code runs off its end";
    }
}

std::string disassemble(const Program& program, const Function& f) {
    std::string out = f.name + " (params " + std::to_string(f.paramSlots) + ", results " +
                      std::to_string(f.resultSlots) + ", frame " + std::to_string(f.frameSlots) + " slots)\n";
    char buf[160];
    for (size_t pc = 0; pc < f.code.size(); ++pc) {
        const Instr& in = f.code[pc];
        int n = std::snprintf(buf, sizeof buf, "  %4zu  %-12s", pc, opName(in.op));
        std::string operands;
        switch (opFormat(in.op)) {
            case Format::NONE: break;
            case Format::A: std::snprintf(buf + n, sizeof buf - n, "%u", in.a); break;
            case Format::AB: std::snprintf(buf + n, sizeof buf - n, "%u %u", in.a, in.b); break;
            case Format::ABC: std::snprintf(buf + n, sizeof buf - n, "%u %u %u", in.a, in.b, in.c); break;
            case Format::ABsC: std::snprintf(buf + n, sizeof buf - n, "%u %u %d", in.a, in.b, in.sc()); break;
            case Format::AsBsC: std::snprintf(buf + n, sizeof buf - n, "%u %d %d", in.a, in.sb(), in.sc()); break;
            case Format::ABx: std::snprintf(buf + n, sizeof buf - n, "%u %u", in.a, in.bx()); break;
            case Format::AsBx: std::snprintf(buf + n, sizeof buf - n, "%u %d", in.a, in.sbx()); break;
        }
        out += buf;
        // Say what a jump targets, a call calls and a constant holds.
        if (int64_t to = jumpTarget(in, pc); to != -1) out += "\t; to " + std::to_string(to);
        switch (in.op) {
            case Op::CALL:
            case Op::FUNC:
                if (in.bx() < program.functions.size()) out += "\t; " + program.functions[in.bx()]->name;
                break;
            case Op::CLOSURE:
                if (in.b < program.functions.size()) out += "\t; " + program.functions[in.b]->name;
                break;
            case Op::CALLN:
                if (in.bx() < program.natives.size()) out += "\t; " + program.natives[in.bx()].name;
                break;
            case Op::CALLI:
                if (in.c < program.methodNames.size()) out += "\t; ." + program.methodNames[in.c];
                break;
            case Op::NEW:
            case Op::MKIFACE: {
                uint32_t t = in.op == Op::NEW ? in.bx() : in.c;
                if (t < program.runtimeTypes.size()) out += "\t; " + types::typeString(program.runtimeTypes[t], true);
                break;
            }
            case Op::LOADK:
                if (in.bx() < f.constants.size()) out += "\t; " + std::to_string(static_cast<int64_t>(f.constants[in.bx()]));
                break;
            case Op::LOADKN:
                // a string constant: show its text
                if (in.c == 2 && in.b + 1u < f.constants.size() && f.constants[in.b + 1] < 64) {
                    const char* p = reinterpret_cast<const char*>(f.constants[in.b]);
                    out += "\t; \"" + std::string(p ? p : "", static_cast<size_t>(f.constants[in.b + 1])) + "\"";
                }
                break;
            default: break;
        }
        if (pc < f.lines.size()) out += "\t; line " + std::to_string(f.lines[pc]);
        out += '\n';
    }
    return out;
}

}  // namespace gos::vm
