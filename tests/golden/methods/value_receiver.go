// Methods with value receivers operate on a copy.
package main

import "fmt"

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

func (r Rect) Scaled(k int) Rect {
	r.W *= k
	r.H *= k
	return r
}

func main() {
	r := Rect{2, 3}
	fmt.Println(r.Area())
	s := r.Scaled(10)
	fmt.Println(r, s, s.Area())
	p := &r
	fmt.Println(p.Area())
	fmt.Println(Rect{4, 5}.Area())
}
