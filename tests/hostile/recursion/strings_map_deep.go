// Abuses: valid recursion 10000 levels deep through a library callback: the
// strings.Map mapping function calls strings.Map again. Must complete.
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
	if r == 'x' {
		return 'y'
	}
	return r + 1
}

func main() {
	out := strings.Map(mapper, "abc")
	fmt.Println(out, maxDepth, depth)
}
