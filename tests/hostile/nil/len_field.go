// Abuses: len() and cap() of fields read through a nil struct pointer.
package main

import "fmt"

type T struct {
	n    int
	name string
	list []int
}

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	var p *T
	try("len(p.list)", func() { fmt.Println(len(p.list)) })
	try("cap(p.list)", func() { fmt.Println(cap(p.list)) })
	fmt.Println(len(p.name))
	fmt.Println("unreachable")
}
