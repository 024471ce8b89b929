// fuzz_run: AddressSanitizer: stack-overflow (C++ recursion through gos::vm::VM::execute, vm/interp.cpp) — a valid program: strings.Map's mapping function calls strings.Map, 10000 levels deep (nMap → RuneFunc::map → VM::call → execute per level); Go prints "y 10000 0"
// Found on the working tree of 2026-12-05 18:15 UTC (≈ commit 1e56e94); no crash on that of 19:15 (≈ d294528).
package main

import (
	"fmt"
	"strings"
)

var depth, maxDepth int

func mapper(r rune) rune {
	depth++
	if depth > maxDepth {
		maxDepth = depth
	}
	if depth < 10000 {
		strings.Map(mapper, "x")
	}
	depth--
	return r + 1
}

func main() {
	fmt.Println(strings.Map(mapper, "x"), maxDepth, depth)
}
