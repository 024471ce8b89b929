// Abuses: recursion through closures: a valid 50000-deep recursive closure,
// then one that never stops.
package main

import "fmt"

func main() {
	var count func(n int) int
	count = func(n int) int {
		if n == 0 {
			return 0
		}
		return 1 + count(n-1)
	}
	fmt.Println(count(50000))

	acc := 0
	var forever func()
	forever = func() {
		acc++
		forever()
	}
	forever()
	fmt.Println("unreachable", acc)
}
