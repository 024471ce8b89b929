// fuzz_run, fuzz_check: AddressSanitizer: heap-use-after-free in gos::check::Checker::ident (compiler/check_expr.cpp) / constant::parseStringLit â€” the tree kept views into the Lexer's copy of the text without its skipped bytes (Lexer::clean_), freed when parseFile returned; the last line holds an invalid UTF-8 byte (0xB4)
// Found on the uncommitted working tree of 2026-12-05 20:20 UTC (mid-way through the change that became e6416ce, "bad bytes are skipped and checking goes on"); no crash at e6416ce / f4b495c.
println("hi")
// ´
