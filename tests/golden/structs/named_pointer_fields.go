package main

import "fmt"

type node struct {
	val  int
	next *node
}

type P *node

func main() {
	var p P = &node{1, &node{2, nil}}
	fmt.Println(p.val, p.next.val)
	p.val = 10
	p.next.val += 5
	q := p
	fmt.Println(q.val, (*q).next.val)
	var z P
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(z.val)
}
