// Abuses: converting a slice that is too short to an array pointer
// (Go 1.17+), and a nil slice to a zero-length array pointer (legal).
package main

import "fmt"

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	p := (*[3]int)(s)
	p[0] = 9
	fmt.Println(s[0], len(p))
	var ns []int
	z := (*[0]int)(ns)
	fmt.Println(z == nil)
	try("(*[4]int)(s)", func() { fmt.Println((*[4]int)(s)) })
	try("(*[1]int)(nil slice)", func() { fmt.Println((*[1]int)(ns)) })
	q := (*[1 << 20]int)(s)
	fmt.Println("unreachable", len(q))
}
