// Case expressions are evaluated top to bottom, left to right, until a match.
package main

import "fmt"

func v(n int) int {
	fmt.Print("eval", n, " ")
	return n
}

func main() {
	switch v(3) {
	case v(1), v(2):
		fmt.Println("first")
	case v(3), v(4):
		fmt.Println("second")
	case v(5):
		fmt.Println("third")
	}
	switch 9 {
	default:
		fmt.Println("default")
	case v(7):
		fmt.Println("seven")
	}
}
