// Method calls through an interface, method values and method expressions.
package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

func main() {
	shapes := [2]Shape{Rect{2, 3}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
	}
	r := Rect{4, 5}
	f := r.Area
	r.W = 100
	fmt.Println(f(), r.Area())
	c := &Circle{2}
	g := c.Name
	fmt.Println(g())
	h := (*Rect).Area
	fmt.Println(h(&r))
}
