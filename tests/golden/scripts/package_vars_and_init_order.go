// Go version of package_vars_and_init_order.gs.
package main

import "fmt"

var limit = compute()

func compute() int {
	fmt.Println("computing limit")
	return 3
}

func main() {
	fmt.Println("first statement")
	for i := 0; i < limit; i++ {
		fmt.Println("step", i)
	}
}
