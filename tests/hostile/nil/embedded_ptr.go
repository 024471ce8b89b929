// Abuses: promoted fields and methods through a nil embedded pointer.
package main

import "fmt"

type Inner struct {
	a, b int
}

func (in *Inner) B() int { return in.b }

type Outer struct {
	name string
	*Inner
}

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	o := Outer{name: "o"}
	fmt.Println(o.name, o.Inner == nil)
	try("o.b", func() { fmt.Println(o.b) })
	try("o.B()", func() { fmt.Println(o.B()) })
	try("o.a = 1", func() { o.a = 1 })
	fmt.Println(o.b)
	fmt.Println("unreachable")
}
