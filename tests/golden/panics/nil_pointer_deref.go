// Dereferencing a nil pointer panics.
package main

import "fmt"

func main() {
	var p *int
	fmt.Println("p is nil:", p == nil)
	fmt.Println(*p)
}
