// Pointers to structs: p.f dereferences automatically; &T{} literals.
package main

import "fmt"

type Node struct {
	Val  int
	Name string
}

func main() {
	n := Node{1, "one"}
	p := &n
	p.Val = 10
	(*p).Name = "ten"
	fmt.Println(n, p.Val, (*p).Name)
	q := &Node{Val: 2}
	q.Val *= 21
	fmt.Println(*q)
	fmt.Println(p)
	fmt.Printf("%v %+v\n", q, q)
}
