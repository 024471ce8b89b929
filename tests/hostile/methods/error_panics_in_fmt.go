// Abuses: an Error method that panics while fmt prints the value: fmt
// catches it and prints %!v(PANIC=Error method: ...) for every verb.
package main

import "fmt"

type E struct{ code int }

func (e E) Error() string { panic(fmt.Sprintf("boom %d", e.code)) }

func main() {
	e := E{3}
	fmt.Println(e)
	fmt.Printf("%v|%s|%q\n", e, e, e)
	s := fmt.Sprint("before ", e, " after")
	fmt.Println(s)
	fmt.Println([]error{e, nil})
}
