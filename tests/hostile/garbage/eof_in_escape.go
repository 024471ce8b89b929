// Abuses: a file that stops in the middle of a \u escape in a string.
package main

import "fmt"

func main() {
	fmt.Println("\u12