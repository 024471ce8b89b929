// fmt.Println always separates operands with spaces and ends with a newline.
package main

import "fmt"

func main() {
	fmt.Println()
	fmt.Println("a", "b")
	fmt.Println(1, 2, 3)
	fmt.Println("x", 1, true, 2.5, 'c')
	fmt.Println("")
	fmt.Println("", "")
	n, err := fmt.Println("count")
	fmt.Println(n, err)
}
