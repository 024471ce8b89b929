package main

import "fmt"

type T int

func (T) A() int  { return x + 1 }
func (*T) B() int { return y * 2 }

type S struct{ T }

var (
	a = T(0).A()
	b = new(T).B()
	c = S{}.A()
	f = T.A
	g = (*T).B
	x = y + 1
	y = 10
)

func main() {
	fmt.Println(a, b, c, f(0), g(nil), x, y)
}
