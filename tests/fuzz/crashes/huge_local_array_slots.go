// fuzz_check: UndefinedBehaviorSanitizer: signed-integer-overflow in gos::codegen::FuncGen::assign (compiler/gen_stmt.cpp: a new local's slot + nslots, 2147483647 + 1): a local array kept in a heap cell counted its whole size in slots instead of its one pointer slot; gc reports "stack frame too large (>1GB)", as gos now does
package main

import "sort"

func main() {
	xs := [2147483647]int{3, 1, 2}
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
}
