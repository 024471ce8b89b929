// Variable declarations: var with and without type, :=, parallel assignment, swap.
package main

import "fmt"

func main() {
	var a int
	var b = 2
	var c, d int = 3, 4
	e, f := "five", 6.0
	var (
		g = true
		h string
	)
	fmt.Println(a, b, c, d, e, f, g, h == "")
	c, d = d, c
	fmt.Println(c, d)
	a, b, c = b+c, a+c, a+b
	fmt.Println(a, b, c)
	f, e2 := 7.5, e+"!"
	fmt.Println(f, e2)
}
