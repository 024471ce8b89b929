// fuzz_parse — libFuzzer target for the front end's first two stages: the
// re2c lexer and the Bison parser (with its exact LAC re-parse on files that
// have a syntax error), plus the tree printer that `gos check --ast` uses.
//
// The input bytes are one source file, taken as they are: NULs, invalid
// UTF-8, BOMs, //line directives and unterminated literals are all part of
// what the lexer must survive. The file is parsed twice, once under the name
// fuzz.gs (script mode: statements and declarations may mix at top level)
// and once as fuzz.go (package mode: the package clause must come first),
// so both productions of the grammar's top level are covered by every input
// without spending a byte of it on a mode switch; parsing is cheap next to
// the instrumentation, so doing both costs little.
//
// Contract checked: parseFile always returns a tree (even after errors);
// every diagnostic has a position (line and column >= 1) and a message;
// printing the (possibly partial) tree and formatting the diagnostics must
// not crash (the printer may throw support::NestingTooDeep on a tree nested
// deeper than the stack allows: that is its contract, as for the CLI). A violated contract aborts, which libFuzzer records as a crash;
// so do AddressSanitizer and UBSan reports (UBSan is fatal in this build),
// C++ exceptions escaping (std::terminate), and stack overflows from
// recursion on deeply nested input.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "parser/ast_printer.h"
#include "parser/parse.h"
#include "support/stack.h"

namespace {

void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "fuzz_parse: contract violated: %s\n", what);
        std::abort();
    }
}

void parseAs(const char* name, bool script, const std::string& text) {
    gos::SourceFile source(name, text);
    gos::Diagnostics diags(source.name());
    gos::ParseOptions options;
    options.allowScript = script;
    std::unique_ptr<gos::ast::Ast> tree = gos::parseFile(source, diags, options);
    require(tree != nullptr, "parseFile returned no tree");
    for (const gos::Diagnostic& d : diags.sorted()) {
        require(d.pos.line >= 1, "diagnostic without a line");
        require(d.pos.col >= 1, "diagnostic without a column");
        require(!d.message.empty(), "diagnostic without a message");
    }
    volatile size_t sink = diags.format().size();
    try {
        sink = sink + gos::ast::printTree(tree->file).size();
    } catch (const gos::support::NestingTooDeep&) {
        // the printer's documented way out of a tree nested deeper than the
        // stack allows (support/stack.h); `gos check --ast` reports it too
    }
    (void)sink;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    parseAs("fuzz.gs", true, text);
    parseAs("fuzz.go", false, text);
    return 0;
}
