// Chaining value-receiver methods that return new values.
package main

import "fmt"

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec       { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k} }
func (v Vec) Dot(o Vec) float64   { return v.X*o.X + v.Y*o.Y }

func main() {
	a := Vec{1, 2}
	b := Vec{3, 4}
	c := a.Add(b).Scale(0.5).Add(Vec{1, 1})
	fmt.Println(c, a.Dot(b), a.Scale(2).Dot(b.Scale(-1)))
	fmt.Println(a, b)
}
