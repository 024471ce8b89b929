// Abuses: panic(p) at top level with a nil *T whose String method reads a
// field: the runtime's own call to String fails while printing the panic.
package main

import "fmt"

type T struct{ name string }

func (t *T) String() string { return "T(" + t.name + ")" }

func main() {
	var p *T
	fmt.Println("printing via fmt:", p)
	panic(p)
}
