// Go 1.19: a for loop has one variable for all iterations; closures share it.
package main

import "fmt"

func main() {
	var fs [3]func() int
	for i := 0; i < 3; i++ {
		fs[i] = func() int { return i }
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs [3]func() string
	for i, s := range [3]string{"a", "b", "c"} {
		gs[i] = func() string { return s }
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
