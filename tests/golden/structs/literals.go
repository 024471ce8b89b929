// Struct literals: positional, keyed, partial (zero fields), zero value.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Person struct {
	Name string
	Age  int
	OK   bool
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	var z Point
	fmt.Println(p, q, z)
	a := Person{"Ann", 30, true}
	b := Person{Name: "Bob"}
	fmt.Println(a, b)
	fmt.Println(a.Name, b.Age, p.X+p.Y)
	p.X = 10
	fmt.Println(p)
}
