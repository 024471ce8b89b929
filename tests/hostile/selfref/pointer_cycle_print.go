// Abuses: a cycle of struct pointers printed with %v, %+v and Println: Go
// prints the nested pointers as addresses (no recursion); the addresses are
// masked here since they differ between runs.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	val  int
	next *Node
	prev *Node
}

// mask replaces every 0x... hexadecimal number by PTR.
func mask(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '0' && i+1 < len(s) && s[i+1] == 'x' {
			j := i + 2
			for j < len(s) && strings.IndexByte("0123456789abcdef", s[j]) >= 0 {
				j++
			}
			b.WriteString("PTR")
			i = j - 1
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func main() {
	a := &Node{val: 1}
	b := &Node{val: 2, prev: a, next: a}
	a.next, a.prev = b, b
	self := &Node{val: 3}
	self.next = self
	fmt.Println(mask(fmt.Sprintf("%v", a)))
	fmt.Println(mask(fmt.Sprintf("%+v", b)))
	fmt.Println(mask(fmt.Sprint(self, *self)))
	fmt.Println(mask(fmt.Sprintf("%v", []*Node{a, b})))
	fmt.Println(a.next.next == a, self.next.next.next == self)
}
