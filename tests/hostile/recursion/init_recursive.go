// Abuses: unbounded recursion while initialising a package-level variable,
// before main starts.
package main

import "fmt"

var x = grow(0)

func grow(n int) int {
	return grow(n+1) + 1
}

func main() {
	fmt.Println("unreachable", x)
}
