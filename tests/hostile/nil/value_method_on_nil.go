// Abuses: calling a value-receiver method through a nil pointer (the
// implicit *p copy must panic), directly and through an interface.
package main

import "fmt"

type T struct {
	a, b int
}

func (t T) Sum() int { return t.a + t.b }

type Summer interface{ Sum() int }

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	var p *T
	try("p.Sum()", func() { fmt.Println(p.Sum()) })
	// Taken from a slice so that no compiler can see the dynamic type.
	list := []Summer{p}
	i := len(list) - 1
	try("list[i].Sum()", func() { fmt.Println(list[i].Sum()) })
	fmt.Println(list[i].Sum())
	fmt.Println("unreachable")
}
