// Abuses: taking &p.f (and &p.arr[i]) on a nil struct pointer: Go checks the
// pointer even though nothing is loaded.
package main

import "fmt"

type T struct {
	pad [100]byte
	f   int
	arr [4]int
}

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	var p *T
	i := 1
	try("&p.f", func() {
		q := &p.f
		fmt.Println("got a pointer", q == nil)
	})
	try("&p.arr[i]", func() {
		q := &p.arr[i]
		fmt.Println("got a pointer", q == nil)
	})
	q := &p.f
	fmt.Println("unreachable", q != nil)
}
