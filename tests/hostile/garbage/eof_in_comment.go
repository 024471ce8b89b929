// Abuses: a file that stops in the middle of a block comment.
package main

import "fmt"

func main() {
	fmt.Println(1) /* never closed

