// fuzz_run: AddressSanitizer: stack-overflow (C++ recursion through gos::vm::VM::execute, vm/interp.cpp) — a valid program: a 3000-node list whose String method Sprintf's the next node (each level: nSprintf → Printer::printArg → handleMethods → callStringMethod → VM::call → execute); Go prints "13892 2999"
// Found on the working tree of 2026-12-05 18:15 UTC (≈ commit 1e56e94); no crash on that of 19:15 (≈ d294528).
package main

import (
	"fmt"
	"strings"
)

type L struct {
	v    int
	next *L
}

func (l *L) String() string {
	if l.next == nil {
		return fmt.Sprint(l.v)
	}
	return fmt.Sprintf("%d,%v", l.v, l.next)
}

func main() {
	var head *L
	for i := 3000; i > 0; i-- {
		head = &L{i, head}
	}
	s := fmt.Sprint(head)
	fmt.Println(len(s), strings.Count(s, ","))
}
