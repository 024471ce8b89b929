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
        switch (in.op) {
            case Op::JMP:
            case Op::JT:
            case Op::JF: out += "\t; to " + std::to_string(static_cast<long>(pc) + 1 + in.sbx()); break;
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
            case Op::JGEI_I64: out += "\t; to " + std::to_string(static_cast<long>(pc) + 1 + in.sc()); break;
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
