// fuzz_run: AddressSanitizer: stack-overflow (C++ recursion through gos::vm::VM::execute, vm/interp.cpp) — a sort.Slice less function that calls sort.Slice again recurses on the C++ stack (nSlice → pdqsort → FuncData::less → VM::call → execute); Go stops with "goroutine stack exceeds"
// Found on the working tree of 2026-12-05 18:15 UTC (≈ commit 1e56e94); no crash on that of 19:15 (≈ d294528).
package main

import "sort"

func main() {
	s := []int{2, 1}
	var less func(i, j int) bool
	less = func(i, j int) bool {
		sort.Slice(s, less)
		return s[i] < s[j]
	}
	sort.Slice(s, less)
}
