// Integer division by a zero variable panics with a runtime error.
package main

import "fmt"

func main() {
	a, b := 10, 0
	fmt.Println("before")
	fmt.Println(a / b)
}
