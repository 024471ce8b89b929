// Abuses: valid but deep recursion through fmt: a linked list whose String
// method Sprints the next node, 3000 nodes long.
package main

import (
	"fmt"
	"strings"
)

type L struct {
	v    int
	next *L
}

func (l *L) String() string {
	if l.next == nil {
		return fmt.Sprint(l.v)
	}
	return fmt.Sprintf("%d,%v", l.v, l.next)
}

func main() {
	var head *L
	for i := 3000; i > 0; i-- {
		head = &L{i, head}
	}
	s := fmt.Sprint(head)
	fmt.Println(len(s), strings.Count(s, ","), s[:20], s[len(s)-10:])
}
