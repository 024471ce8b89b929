// Abuses: a file that stops in the middle of a raw string literal.
package main

import "fmt"

func main() {
	fmt.Println(`never
closed
