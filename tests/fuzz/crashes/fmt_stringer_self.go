// fuzz_run: AddressSanitizer: stack-overflow (C++ recursion through gos::vm::VM::execute, vm/interp.cpp) — a String method that prints its own receiver recurses on the C++ stack (nSprint → Printer::handleMethods → callStringMethod → VM::call → execute); Go stops with "goroutine stack exceeds". Same with Error methods and Sprintf("%v")
// Found on the working tree of 2026-12-05 18:15 UTC (≈ commit 1e56e94); no crash on that of 19:15 (≈ d294528).
package main

import "fmt"

type T struct{ n int }

func (t T) String() string { return fmt.Sprint(t) }

func main() { fmt.Println(T{1}) }
