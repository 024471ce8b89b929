// Abuses: indexing an array field through a nil struct pointer with a
// variable index (p.a[i]), recovered once, then uncaught.
package main

import "fmt"

type T struct {
	hdr [2]int64
	a   [8]int32
}

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	var p *T
	i := 5
	try("p.a[i]", func() { fmt.Println(p.a[i]) })
	try("p.a[3]", func() { fmt.Println(p.a[3]) })
	fmt.Println(p.a[i])
	fmt.Println("unreachable")
}
