// fuzz_run: AddressSanitizer: stack-overflow (C++ recursion through gos::vm::VM::execute, vm/interp.cpp) — each deferred f() re-enters the interpreter on the C++ stack (runDefers → runDeferred → VM::call → execute); Go stops with "goroutine stack exceeds" instead
// Found on the working tree of 2026-12-05 18:15 UTC (≈ commit 1e56e94); no crash on that of 19:15 (≈ d294528).
package main

func f() { defer f() }

func main() { f() }
