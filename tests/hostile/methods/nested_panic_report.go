// Abuses: a panic raised while a deferred call runs during another panic,
// with error values whose messages span lines: Go prints the chain.
package main

import (
	"errors"
	"fmt"
)

type E struct{ msg string }

func (e E) Error() string { return e.msg }

func main() {
	defer func() {
		panic(errors.New("third\nwith newline"))
	}()
	defer func() {
		panic(E{"second"})
	}()
	fmt.Println("start")
	panic(E{"first"})
}
