// Abuses: a file that stops in the middle of a string literal.
package main

import "fmt"

func main() {
	fmt.Println("never closed