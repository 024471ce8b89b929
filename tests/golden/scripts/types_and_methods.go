// Go version of types_and_methods.gs.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func main() {
	p := Point{2, 3}
	fmt.Println(p, p.Sum())
	p.Scale(10)
	fmt.Printf("%+v %d\n", p, p.Sum())
}
