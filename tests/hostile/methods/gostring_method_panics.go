// Abuses: a GoString method that panics with a runtime error (a write to a
// nil map) when printed with %#v.
package main

import "fmt"

type G struct{ n int }

func (G) GoString() string {
	var m map[string]int
	m["x"] = 1
	return "never"
}

func main() {
	fmt.Printf("%#v\n", G{})
	fmt.Printf("%v %+v\n", G{1}, G{2})
	fmt.Printf("%#v\n", []G{{3}})
}
