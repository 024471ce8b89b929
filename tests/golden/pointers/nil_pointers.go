// Nil pointers: zero value of pointer types, comparisons with nil.
package main

import "fmt"

type T struct{ N int }

func find(ok bool) *T {
	if ok {
		return &T{N: 1}
	}
	return nil
}

func main() {
	var p *int
	fmt.Println(p == nil, p)
	x := 0
	p = &x
	fmt.Println(p == nil)
	p = nil
	fmt.Println(p == nil)
	t := find(false)
	if t == nil {
		fmt.Println("not found")
	}
	if t = find(true); t != nil {
		fmt.Println("found", t.N)
	}
	var pp **int
	fmt.Println(pp == nil)
}
