// Structs with comparable fields compare field by field with == and !=.
package main

import "fmt"

type Point struct{ X, Y int }

type Named struct {
	Name string
	P    Point
	F    float64
}

func main() {
	a := Point{1, 2}
	b := Point{1, 2}
	c := Point{2, 1}
	fmt.Println(a == b, a == c, a != c)
	n1 := Named{"n", a, 0.5}
	n2 := Named{"n", b, 0.5}
	fmt.Println(n1 == n2)
	n2.P.Y = 3
	fmt.Println(n1 == n2, n1.P == Point{1, 2})
	fmt.Println(Point{} == Point{0, 0})
}
