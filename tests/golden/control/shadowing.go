// Shadowing in nested scopes: blocks, if/for/switch scopes, := redeclaring.
package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "main"
	{
		x := "block"
		fmt.Println(x)
		{
			x = "block assigned"
			fmt.Println(x)
		}
	}
	fmt.Println(x)
	for x := 0; x < 2; x++ {
		fmt.Println("loop", x)
	}
	if x := 3.5; x > 1 {
		fmt.Println("if", x)
	}
	a, err := 1, "e1"
	b, err := 2, "e2"
	fmt.Println(x, a, b, err)
	fmt := "shadowed package name"
	_ = fmt
}
