// Anonymous struct types: variables, literals, comparison with identical types.
package main

import "fmt"

type Pt struct{ X, Y int }

func main() {
	a := struct {
		Name string
		N    int
	}{"x", 1}
	fmt.Println(a, a.Name)
	var b struct {
		Name string
		N    int
	}
	b = a
	b.N = 2
	fmt.Println(a == b, b)
	c := struct{ X, Y int }{3, 4}
	var p Pt = c
	fmt.Println(p, c == struct{ X, Y int }{3, 4})
	fmt.Printf("%+v %T\n", c, c)
}
