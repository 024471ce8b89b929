// Arrays of structs compare element-wise; equality after copies.
package main

import "fmt"

type P struct {
	A int
	B string
}

func main() {
	x := [2]P{{1, "a"}, {2, "b"}}
	y := [2]P{{1, "a"}, {2, "b"}}
	fmt.Println(x == y)
	y[1].B = "c"
	fmt.Println(x == y, x != y)
	z := x
	fmt.Println(z == x, len(z))
	fmt.Println(x)
}
