// fuzz_run: libFuzzer: deadly signal (std::terminate: uncaught std::bad_alloc thrown by gos::vm::VM::VM, vm/heap.cpp: the 1 TiB globals block cannot be allocated); gc rejects it: "main.a: symbol too large"
// Found on the working tree of 2026-12-05 18:15 UTC (≈ commit 1e56e94); no crash on that of 19:15 (≈ d294528).
package main

var a [1 << 40]byte

func main() { a[5] = 1 }
