// fmt.Print adds spaces only between operands when neither is a string.
package main

import "fmt"

func main() {
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, 2, "y", 3, "\n")
	fmt.Print(1, "s", 2, "\n")
	fmt.Print(1.5, true, 'r', "\n")
	fmt.Print(true, false, "\n")
	fmt.Print()
	fmt.Print("end\n")
}
