// Abuses: recover() of panic((*E)(nil)) where *E implements error: the
// recovered value's type is *main.E, and printing it calls Error on nil.
package main

import "fmt"

type E struct{ msg string }

func (e *E) Error() string { return "E: " + e.msg }

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T\n", r)
		fmt.Println(r == nil)
		err, ok := r.(error)
		fmt.Println(ok, err != nil)
		e := r.(*E)
		fmt.Println(e == nil)
		fmt.Println(r)
	}()
	panic((*E)(nil))
}
