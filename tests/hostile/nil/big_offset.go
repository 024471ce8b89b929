// Abuses: a nil struct pointer whose field lies 70000 bytes in, far past the
// first page: the access must still panic, not read or write stray memory.
package main

import "fmt"

type Big struct {
	pad  [70000]byte
	x    int
	name string
}

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	var p *Big
	try("p.x", func() { fmt.Println(p.x) })
	try("p.name", func() { fmt.Println(len(p.name)) })
	try("p.pad[69999]", func() { fmt.Println(p.pad[69999]) })
	p.x = 9
	fmt.Println("unreachable")
}
