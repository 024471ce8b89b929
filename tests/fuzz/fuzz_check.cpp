// fuzz_check — libFuzzer target for the whole compiler front end:
// gos::compileSource (api/pipeline.h), i.e. lexing, parsing, type checking
// against the standard library's declarations, the escape decision and
// code generation into a vm::Program. Nothing is run.
//
// The input bytes are one source file named fuzz.gs. Script mode is a
// superset of package mode: a file that starts with a package clause is
// checked exactly as the same file named .go would be, and one without is a
// script (its top level is main's body, standard packages are imported by
// naming them). Package mode's only extra rule, "package statement must be
// first", is a parser rule that fuzz_parse covers; so every input byte goes
// to the program, none to a mode switch.
//
// Contract checked: compileSource must return, whatever the input; when it
// fails it must have said why (at least one diagnostic, each with a line and
// a message, and none an "internal error" of the code generator, such as
// code that runs off its end: vm::codeFault), and when it succeeds it must
// have produced a program. Any crash, sanitizer report (UBSan is fatal in
// this build), escaping C++ exception or stack overflow counts as a bug.
// Every input that ever crashed a target is kept in tests/fuzz/crashes and
// replayed as a seed.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "api/pipeline.h"

namespace {

void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "fuzz_check: contract violated: %s\n", what);
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    gos::SourceFile source("fuzz.gs", std::string(reinterpret_cast<const char*>(data), size));
    gos::Diagnostics diags(source.name());
    gos::Compilation c = gos::compileSource(source, diags);
    if (c.ok) {
        require(diags.empty(), "compiled, yet with errors");
        require(c.program != nullptr, "compiled, yet no program");
    } else {
        require(!diags.empty(), "rejected without a diagnostic");
        for (const gos::Diagnostic& d : diags.sorted()) {
            require(d.pos.line >= 1, "diagnostic without a line");
            require(!d.message.empty(), "diagnostic without a message");
            // the code generator's own faults (vm::codeFault among them)
            require(d.message.rfind("internal error", 0) != 0, "an internal error");
        }
    }
    volatile size_t sink = diags.format().size();
    (void)sink;
    return 0;
}
