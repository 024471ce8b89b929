// Abuses: make([]byte, 1<<62) from a variable: Go panics (makeslice: len out
// of range) without trying to allocate.
package main

import "fmt"

func main() {
	n := 62
	defer func() { fmt.Println("deferred ran") }()
	b := make([]byte, 1<<n)
	fmt.Println(len(b))
}
