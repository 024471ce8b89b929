// Nested structs: literals, field chains, assignment through the chain.
package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Label    string
}

type Scene struct {
	Frame Rect
	Depth int
}

func main() {
	r := Rect{Point{0, 0}, Point{3, 4}, "box"}
	fmt.Println(r)
	r.Max.X = 10
	fmt.Println(r.Max, r.Max.X-r.Min.X)
	s := Scene{Frame: Rect{Max: Point{Y: 9}}, Depth: 2}
	s.Frame.Min.Y--
	fmt.Println(s)
	fmt.Printf("%+v\n", s)
}
