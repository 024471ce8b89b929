// Abuses: a panic 50000 frames deep, each frame with a pending defer,
// recovered at the top (valid; every defer must run once).
package main

import "fmt"

var ran int

func dive(n int) {
	defer func() { ran++ }()
	if n == 0 {
		panic(fmt.Sprintf("bottom reached, %d defers pending", 50000))
	}
	dive(n - 1)
}

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		dive(50000)
	}()
	fmt.Println("deferred calls run:", ran)
}
