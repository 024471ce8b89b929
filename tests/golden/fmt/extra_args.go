// Too many arguments: %!(EXTRA type=value, ...).
package main

import "fmt"

func main() {
	format := "%d\n"
	fmt.Printf(format, 1, 2)
	format = "x"
	fmt.Printf(format, 1, "two", 3.5)
	fmt.Println()
	format = "none"
	s := fmt.Sprintf(format, true)
	fmt.Println(s)
}
