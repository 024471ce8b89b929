// Pointers to locals outlive the function; each call gets a fresh variable.
package main

import "fmt"

func newCounter(start int) *int {
	c := start
	return &c
}

type Box struct{ V int }

func newBox(v int) *Box {
	b := Box{V: v}
	return &b
}

func main() {
	a := newCounter(1)
	b := newCounter(1)
	*a += 5
	fmt.Println(*a, *b, a == b)
	boxes := [3]*Box{newBox(1), newBox(2), newBox(3)}
	for _, bx := range boxes {
		bx.V *= 10
	}
	fmt.Println(*boxes[0], *boxes[1], *boxes[2])
}
