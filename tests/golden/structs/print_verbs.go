// Printing structs with Println, %v, %+v and %#v.
package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B  Point
	Name  string
	Width float64
}

func main() {
	l := Line{Point{1, 2}, Point{3, 4}, "diag", 1.5}
	fmt.Println(l)
	fmt.Printf("%v\n", l)
	fmt.Printf("%+v\n", l)
	fmt.Printf("%#v\n", l)
	fmt.Printf("%v %+v\n", Point{}, Point{})
	fmt.Printf("%d\n", Point{5, 6})
	fmt.Println(struct{}{})
}
