// Abuses: a String method that panics with an error value: fmt prints
// %!v(PANIC=String method: ...) for every verb that calls String.
package main

import (
	"errors"
	"fmt"
)

type A struct{ n int }

func (A) String() string { panic(errors.New("A failed")) }

func main() {
	fmt.Println(A{})
	fmt.Printf("%s|%x|%q|%v\n", A{}, A{}, A{}, A{1})
	fmt.Println([]interface{}{A{}, 1, "x"})
	fmt.Printf("%d\n", A{2})
}
