// %T for untyped constants assigned to variables (default types).
package main

import "fmt"

func main() {
	a := 1
	b := 1.0
	c := 'x'
	d := "s"
	e := 1i
	f := true
	g := 1 << 3
	h := 2.0 * 3
	fmt.Printf("%T %T %T %T %T %T %T %T\n", a, b, c, d, e, f, g, h)
	fmt.Printf("%T %T %T\n", 'a'+1, 1+2.5, 1+1i)
}
