// A linked list built from pointers to structs.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func push(head *Node, v int) *Node {
	return &Node{Val: v, Next: head}
}

func main() {
	var head *Node
	for i := 1; i <= 5; i++ {
		head = push(head, i*i)
	}
	sum := 0
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
		sum += n.Val
	}
	fmt.Println()
	fmt.Println(sum, head.Next.Next.Val)
}
