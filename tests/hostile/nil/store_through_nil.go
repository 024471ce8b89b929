// Abuses: stores through a nil pointer: a field, an array element, *p of a
// plain int pointer, and a compound assignment.
package main

import "fmt"

type T struct {
	a, b int
	arr  [4]string
}

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	var p *T
	var ip *int
	i := 2
	try("p.b = 1", func() { p.b = 1 })
	try("p.arr[i] = x", func() { p.arr[i] = "x" })
	try("*ip = 7", func() { *ip = 7 })
	try("p.a += 3", func() { p.a += 3 })
	try("ip++", func() { *ip++ })
	p.b = 42
	fmt.Println("unreachable")
}
