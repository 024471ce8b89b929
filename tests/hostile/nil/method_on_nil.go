// Abuses: methods called on a nil pointer receiver: one that never touches
// the receiver (legal), one that reads a field, one through an interface.
package main

import "fmt"

type T struct {
	x    int
	name string
}

func (t *T) Safe() string {
	if t == nil {
		return "nil receiver handled"
	}
	return t.name
}

func (t *T) Name() string { return t.name }

type Namer interface{ Name() string }

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	var p *T
	fmt.Println(p.Safe())
	try("p.Name()", func() { fmt.Println(p.Name()) })
	var n Namer = p
	fmt.Println(n != nil)
	try("n.Name()", func() { fmt.Println(n.Name()) })
	fmt.Println(n.Name())
	fmt.Println("unreachable")
}
