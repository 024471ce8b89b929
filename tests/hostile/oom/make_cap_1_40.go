// Abuses: make([]byte, 0, 1<<40) with a deferred recover: running out of
// memory is fatal in Go, the deferred function never runs.
package main

import "fmt"

func main() {
	defer func() { fmt.Println("recovered?", recover()) }()
	n := 1 << 40
	b := make([]byte, 0, n)
	fmt.Println(cap(b))
}
