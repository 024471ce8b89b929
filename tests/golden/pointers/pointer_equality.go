// Pointers are equal when they point to the same variable.
package main

import "fmt"

type T struct{ A, B int }

func main() {
	x, y := 1, 1
	p1, p2, p3 := &x, &x, &y
	fmt.Println(p1 == p2, p1 == p3, *p1 == *p3)
	t := T{}
	fa, fb := &t.A, &t.B
	fmt.Println(fa == fb, fa == &t.A)
	var arr [3]int
	fmt.Println(&arr[0] == &arr[0], &arr[0] == &arr[1])
	q := p1
	q = &y
	fmt.Println(q == p3, p1 == p2)
}
