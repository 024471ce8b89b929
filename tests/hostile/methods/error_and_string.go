// Abuses: a type with both Error and String where Error panics with a nil
// pointer dereference and String would have worked: fmt must pick Error.
package main

import "fmt"

type T struct{ p *int }

func (t T) Error() string  { return fmt.Sprint("error ", *t.p) }
func (t T) String() string { return "string" }

func main() {
	fmt.Println(T{})
	x := 5
	fmt.Println(T{&x})
	fmt.Printf("%s %v %d\n", T{}, T{&x}, T{})
}
