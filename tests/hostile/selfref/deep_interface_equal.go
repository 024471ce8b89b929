// Abuses: == on interface values nested 100000 deep ([1]interface{} inside
// interface{} inside ...), built in a loop: valid, must not overflow.
package main

import "fmt"

func build(depth int, leaf interface{}) interface{} {
	var x interface{} = leaf
	for i := 0; i < depth; i++ {
		x = [1]interface{}{x}
	}
	return x
}

func main() {
	a := build(100000, 7)
	b := build(100000, 7)
	c := build(100000, 8)
	d := build(99999, 7)
	fmt.Println(a == b, a == c, a == d)
	type pair struct{ l, r interface{} }
	p := pair{a, c}
	q := pair{b, c}
	fmt.Println(p == q)
}
