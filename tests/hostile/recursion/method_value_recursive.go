// Abuses: unbounded recursion through a method value stored in a struct
// field (t.next = t.step), after a valid 20000-deep round.
package main

import "fmt"

type T struct {
	limit int
	next  func(int) int
}

func (t *T) step(n int) int {
	if t.limit >= 0 && n >= t.limit {
		return n
	}
	return t.next(n + 1)
}

func main() {
	t := &T{limit: 20000}
	t.next = t.step
	fmt.Println(t.next(0))
	t.limit = -1
	fmt.Println(t.next(0))
}
