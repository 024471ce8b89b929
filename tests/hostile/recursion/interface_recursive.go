// Abuses: recursion through interface method calls between two types:
// valid 100000 levels first, then unbounded.
package main

import "fmt"

type Node interface {
	Visit(n int) int
}

type A struct{ other Node }
type B struct{ other Node }

var stop = 100000

func (a *A) Visit(n int) int {
	if n == stop {
		return n
	}
	return a.other.Visit(n + 1)
}

func (b *B) Visit(n int) int {
	return b.other.Visit(n+1) - 1
}

func main() {
	a := &A{}
	b := &B{other: a}
	a.other = b
	var n Node = a
	fmt.Println(n.Visit(0))
	stop = -1
	fmt.Println(n.Visit(0))
}
