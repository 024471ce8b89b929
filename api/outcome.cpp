// What the API reports: the library's diagnostics and the VM's outcomes
// as the public Error, and a Config as the VM's configuration.
#include "api/outcome.h"

namespace gos {

// The errors as gc prints them: sorted, at most ten, then "too many errors".
std::string formatDiagnostics(const Diagnostics& diags) {
    std::string text = diags.format(), out, lastLine;
    size_t pos = 0;
    int count = 0;
    while (pos < text.size()) {
        // an entry is a line plus its tab-indented continuation lines
        size_t end = text.find('\n', pos);
        while (end != std::string::npos && end + 1 < text.size() && text[end + 1] == '\t') end = text.find('\n', end + 1);
        std::string entry = text.substr(pos, end == std::string::npos ? std::string::npos : end + 1 - pos);
        pos = end == std::string::npos ? text.size() : end + 1;
        if (count == 10) {
            out += lastLine.substr(0, lastLine.find(": ") + 2) + "too many errors\n";
            break;
        }
        out += entry;
        lastLine = entry;
        ++count;
    }
    return out;
}

Error compileError(const Diagnostics& diags) {
    Error e;
    e.kind = ErrorKind::Compile;
    e.report = formatDiagnostics(diags);
    e.message = e.report.substr(0, e.report.find('\n'));
    std::vector<Diagnostic> sorted = diags.sorted();
    if (!sorted.empty()) {
        // file:line:col as printed (a //line directive may have renamed it)
        std::string where = diags.position(sorted.front().pos);
        size_t c2 = where.rfind(':'), c1 = c2 == std::string::npos ? c2 : where.rfind(':', c2 - 1);
        if (c1 != std::string::npos) {
            e.file = where.substr(0, c1);
            e.line = std::atoi(where.c_str() + c1 + 1);
            e.column = std::atoi(where.c_str() + c2 + 1);
        } else {
            e.file = diags.filename();
            e.line = static_cast<int>(sorted.front().pos.line);
            e.column = static_cast<int>(sorted.front().pos.col);
        }
    }
    return e;
}

Error internalError(ErrorKind kind, std::string message) {
    Error e;
    e.kind = kind;
    e.message = message;
    e.report = message + "\n";
    return e;
}

ErrorKind errorKind(vm::Outcome::Kind k) {
    switch (k) {
        case vm::Outcome::Kind::Returned:
        case vm::Outcome::Kind::Exited: return ErrorKind::None;
        case vm::Outcome::Kind::Panicked: return ErrorKind::Panic;
        case vm::Outcome::Kind::Fatal: return ErrorKind::Fatal;
        case vm::Outcome::Kind::StepLimit: return ErrorKind::StepLimit;
        case vm::Outcome::Kind::TimeLimit: return ErrorKind::TimeLimit;
        case vm::Outcome::Kind::Interrupted: return ErrorKind::Interrupted;
        case vm::Outcome::Kind::GoroutineLimit: return ErrorKind::GoroutineLimit;
        case vm::Outcome::Kind::StackLimit: return ErrorKind::StackLimit;
        case vm::Outcome::Kind::HeapLimit: return ErrorKind::HeapLimit;
    }
    return ErrorKind::Fatal;
}


Error outcomeError(const vm::Outcome& o) {
    Error e;
    e.kind = errorKind(o.kind);
    if (e) {
        e.message = o.message;
        e.report = o.report;
    }
    return e;
}

vm::VMConfig vmConfig(const Config& c, const std::string& name, const std::atomic<bool>* interrupt) {
    vm::VMConfig out;
    if (c.stdoutSink) out.writeStdout = c.stdoutSink;
    else out.writeStdout = [](std::string_view) {};
    if (c.stderrSink) out.writeStderr = c.stderrSink;
    else out.writeStderr = [](std::string_view) {};
    out.args = c.args;
    if (out.args.empty()) out.args.push_back(name);  // os.Args[0] is always there
    out.maxSteps = c.limits.maxSteps;
    if (c.limits.maxStackBytes) out.maxStackBytes = c.limits.maxStackBytes;
    out.timeLimit = c.limits.timeout;
    out.maxGoroutines = c.limits.maxGoroutines;
    out.maxHeapBytes = c.limits.maxHeapBytes;
    out.environment = c.environment;
    out.seed = c.seed;
    out.detectMapRaces = c.detectMapRaces;
    out.gcStressEvery = c.gcStressEvery;
    out.interrupt = interrupt;
    return out;
}

}  // namespace gos
