// fuzz_run: libFuzzer: timeout (over 10 s in memset in gos::vm::VM::allocate, vm/heap.cpp, from VM::execute): every frame's 64 KB array is a fresh zeroed heap block that the stack limit does not count, so only maxSteps (200000 calls, 13 GB zeroed) stops the recursion; Go stops at its 1 GB stack limit
// Found on the working tree of 2026-12-05 18:15 UTC (≈ commit 1e56e94); still a timeout at d294528; runs in milliseconds at f3f4a4a.
package main

func f(n int) byte {
	var buf [65536]byte
	buf[n%65536] = byte(n)
	return f(n+1) + buf[(n*7)%65536]
}

func main() { println(f(0)) }
