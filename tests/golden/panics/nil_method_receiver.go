// Calling a pointer method on a nil pointer is fine until it dereferences.
package main

import "fmt"

type T struct{ N int }

func (t *T) IsNil() bool { return t == nil }
func (t *T) Get() int    { return t.N }

func main() {
	var t *T
	fmt.Println(t.IsNil())
	fmt.Println(t.Get())
}
