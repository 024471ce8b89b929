// Abuses: make([]byte, 1<<40): a 1 TiB allocation that is below Go's
// maximum, so it is attempted and fails (fatal, not a panic).
package main

import "fmt"

func main() {
	n := 40
	fmt.Println("start")
	b := make([]byte, 1<<n)
	fmt.Println(len(b))
}
