// Abuses: a singly linked list of a million nodes and a circular doubly
// linked list of a million nodes (valid): build, walk, drop, rebuild.
package main

import "fmt"

type Node struct {
	v    int
	next *Node
}

type DNode struct {
	v          int
	prev, next *DNode
}

func main() {
	var head *Node
	for i := 0; i < 1000000; i++ {
		head = &Node{i, head}
	}
	n, sum := 0, 0
	for p := head; p != nil; p = p.next {
		n++
		sum += p.v
	}
	fmt.Println(n, sum)

	ring := &DNode{v: 0}
	ring.prev, ring.next = ring, ring
	for i := 1; i < 1000000; i++ {
		d := &DNode{v: i, prev: ring.prev, next: ring}
		ring.prev.next = d
		ring.prev = d
	}
	n = 1
	for p := ring.next; p != ring; p = p.next {
		n++
	}
	back := 0
	for p := ring.prev; p != ring; p = p.prev {
		back++
	}
	fmt.Println(n, back, ring.prev.v)
	head, ring = nil, nil
	fmt.Println(head == nil, ring == nil)
}
