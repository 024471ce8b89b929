// Writing to a copy of a Builder that was already written to panics.
package main

import (
	"fmt"
	"strings"
)

type writer interface {
	WriteString(s string) (int, error)
	String() string
}

func main() {
	var a strings.Builder
	var w writer = &a
	w.WriteString("x")
	b := a // copies the recorded address too
	var w2 writer = &b
	fmt.Println(w2.String())
	w2.WriteString("y")
	fmt.Println("unreachable")
}
