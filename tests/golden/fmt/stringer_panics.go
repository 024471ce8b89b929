// A String method that panics: fmt prints the panic instead of the value,
// and a nil pointer receiver prints as <nil>.
package main

import "fmt"

type Bad int

func (b Bad) String() string {
	if b == 0 {
		panic("zero Bad")
	}
	return fmt.Sprint(10 / int(b-1))
}

type Node struct{ next *Node }

func (n *Node) String() string { return fmt.Sprint("node->", n.next.next) }

type V struct{ n int }

func (v V) String() string { return "V" }

func main() {
	fmt.Println(Bad(0))
	fmt.Println(Bad(1))
	fmt.Println(Bad(3))
	fmt.Printf("[%5v]\n", Bad(0))
	var n *Node
	fmt.Println(n)
	fmt.Println(&Node{})
	var v *V
	fmt.Println(v)
	fmt.Println("still running")
}
