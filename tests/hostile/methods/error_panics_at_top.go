// Abuses: panic(e) at top level where e.Error() itself panics: Go reports a
// fatal error while printing the panic value.
package main

import "fmt"

type E struct{}

func (E) Error() string { panic("boom") }

func main() {
	fmt.Println("start")
	panic(E{})
}
