// Abuses: reading a string field at a non-zero offset through a nil struct
// pointer (recovered once, then uncaught).
package main

import "fmt"

type T struct {
	id   int
	tags [3]int
	name string
}

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	var p *T
	try("p.name", func() { fmt.Println(p.name) })
	fmt.Println(p.name)
	fmt.Println("unreachable")
}
