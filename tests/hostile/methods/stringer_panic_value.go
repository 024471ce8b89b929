// Abuses: panic with a value that is a fmt.Stringer (not an error): the
// runtime prints the String result; a String method that panics is fatal.
package main

import "fmt"

type S struct{ n int }

func (s S) String() string { return fmt.Sprintf("S#%d", s.n) }

type Bad struct{}

func (Bad) String() string { panic("bad String") }

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panic(S{1})
	}()
	fmt.Println(Bad{})
	panic(Bad{})
}
