// iota in a const block: counting, implicit repetition of the last expression.
package main

import "fmt"

const (
	A = iota
	B
	C
)

const (
	X = iota * 10
	Y
	Z
)

const Single = iota

func main() {
	fmt.Println(A, B, C)
	fmt.Println(X, Y, Z)
	fmt.Println(Single)
}
