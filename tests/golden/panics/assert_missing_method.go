// Asserting to an interface whose method the value lacks panics.
package main

import "fmt"

type I interface{ M() }
type E struct{}

func (E) N() {}

func main() {
	var e fmt.Stringer
	_ = e
	var x interface{} = E{}
	_ = x.(I)
}
