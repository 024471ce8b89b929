// Abuses: struct fields at offsets beyond 65536 bytes: a [70000]byte field
// followed by a string, an int and an array; values, pointers, copies and ==.
package main

import "fmt"

type Big struct {
	pad  [70000]byte
	name string
	n    int
	tail [3]int
}

type Bigger struct {
	first Big
	mid   [70000]byte
	last  Big
}

func main() {
	var b Big
	b.name = "far away"
	b.n = 42
	b.tail = [3]int{1, 2, 3}
	b.pad[69999] = 7
	fmt.Println(b.name, b.n, b.tail, b.pad[69999], b.pad[4464])

	c := b
	c.name = "copy"
	c.pad[69999] = 8
	fmt.Println(b.name, c.name, b.pad[69999], c.pad[69999])

	p := &Bigger{}
	p.last.name = "last"
	p.last.n = 1 << 40
	p.first.name = "first"
	p.mid[69999] = 1
	fmt.Println(p.first.name, p.last.name, p.last.n, p.first.n, p.mid[69999], p.mid[4463])

	var x, y Bigger
	fmt.Println(x == y)
	y.last.pad[3] = 1
	fmt.Println(x == y, x.last == y.last, x.first == y.first)
}
