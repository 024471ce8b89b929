// Abuses: func (e E) Error() string { panic(e) } and then panic(E{}): the
// panic value's Error method re-panics with the same value.
package main

import "fmt"

type E struct{ n int }

func (e E) Error() string { panic(e) }

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T\n", r)
		}()
		panic(E{1})
	}()
	panic(E{2})
}
