// Abuses: invalid UTF-8 bytes inside a comment.
package main

import "fmt"

// a comment with þÿ and a truncated â‚ sequence
func main() {
	fmt.Println("fine")
}
