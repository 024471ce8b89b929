// fuzz_check, fuzz_run: UndefinedBehaviorSanitizer: signed-integer-overflow in gos::types::TypeTable::array (types/types.cpp: len * elem->size, 2305843009213693953 * 8); gc reports "type [2305843009213693953]int64 larger than address space"
// Found on the working tree of 2026-12-05 18:15 UTC (≈ commit 1e56e94); no crash on that of 19:15 (≈ d294528).
package main

type T [1<<61 + 1]int64

func main() {
	var p *T
	println(p == nil)
}
