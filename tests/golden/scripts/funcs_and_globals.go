// Go version of funcs_and_globals.gs: the top-level := becomes a package var.
package main

import "fmt"

var count int

func bump(n int) int {
	count += n
	return count
}

func main() {
	count = 0
	fmt.Println(bump(1), bump(2), bump(3))
	fmt.Println("count is", count)
}
