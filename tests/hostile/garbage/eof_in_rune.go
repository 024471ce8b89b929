// Abuses: a file that stops in the middle of a rune literal.
package main

import "fmt"

func main() {
	fmt.Println('x