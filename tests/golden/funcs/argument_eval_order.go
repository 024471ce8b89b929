// Function arguments and operands are evaluated left to right.
package main

import "fmt"

var trace string

func v(name string, n int) int {
	trace += name
	return n
}

func three(a, b, c int) int { return a*100 + b*10 + c }

func main() {
	r := three(v("a", 1), v("b", 2), v("c", 3))
	fmt.Println(r, trace)
	trace = ""
	s := v("x", 1) + v("y", 2)*v("z", 3)
	fmt.Println(s, trace)
	trace = ""
	fmt.Println(v("p", 1), v("q", 2))
	fmt.Println(trace)
}
