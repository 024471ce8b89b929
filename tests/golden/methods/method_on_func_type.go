// Methods on a named function type.
package main

import "fmt"

type Transform func(int) int

func (t Transform) Twice(x int) int { return t(t(x)) }

func (t Transform) Then(u Transform) Transform {
	return func(x int) int { return u(t(x)) }
}

func main() {
	inc := Transform(func(x int) int { return x + 1 })
	sq := Transform(func(x int) int { return x * x })
	fmt.Println(inc.Twice(5), sq.Twice(3))
	fmt.Println(inc.Then(sq)(3), sq.Then(inc)(3))
}
