// Abuses: a nil pointer to an array: len, cap and range over indexes are
// legal (no dereference); indexing, slicing and range over values panic.
package main

import "fmt"

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	var p *[5]int
	fmt.Println(len(p), cap(p))
	n := 0
	for i := range p {
		n += i
	}
	fmt.Println("range over indexes:", n)
	i := 3
	try("p[i]", func() { fmt.Println(p[i]) })
	try("p[1:]", func() { fmt.Println(p[1:]) })
	try("range values", func() {
		for _, v := range p {
			fmt.Println(v)
		}
	})
	try("*p", func() { fmt.Println(*p) })
	p[i] = 1
	fmt.Println("unreachable")
}
