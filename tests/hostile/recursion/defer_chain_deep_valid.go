// Abuses: recursion a million deep through deferred calls, which Go runs on
// its own growable stack; a runtime that nests a deferred call on the
// machine stack overflows it long before.
package main

import "fmt"

var depth, maxDepth int

func down(n int) {
	if n == 0 {
		return
	}
	depth++
	if depth > maxDepth {
		maxDepth = depth
	}
	defer func() { depth-- }()
	defer down(n - 1)
}

func main() {
	down(1000000)
	fmt.Println(depth, maxDepth)
}
