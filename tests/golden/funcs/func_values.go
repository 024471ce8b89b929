// Functions as values: assignment, calling through variables, nil func values.
package main

import "fmt"

func double(x int) int { return x * 2 }
func square(x int) int { return x * x }

func main() {
	f := double
	fmt.Println(f(5))
	f = square
	fmt.Println(f(5))
	var g func(int) int
	fmt.Println(g == nil)
	g = f
	fmt.Println(g != nil, g(3))
	ops := [...]func(int) int{double, square, func(x int) int { return -x }}
	for _, op := range ops {
		fmt.Print(op(7), " ")
	}
	fmt.Println()
	fmt.Printf("%T\n", f)
}
