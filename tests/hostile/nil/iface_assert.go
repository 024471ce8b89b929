// Abuses: type assertions on a nil interface value (x.(T) panics, the
// comma-ok form does not), to concrete and to interface types.
package main

import "fmt"

type I interface{ M() }

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	var x interface{}
	v, ok := x.(int)
	fmt.Println(v, ok)
	try("x.(int)", func() { fmt.Println(x.(int)) })
	try("x.(I)", func() { fmt.Println(x.(I)) })
	try("x.(fmt.Stringer)", func() { fmt.Println(x.(fmt.Stringer)) })
	x = "str"
	try("x.(int) on string", func() { fmt.Println(x.(int)) })
	var e error
	fmt.Println(e.(fmt.Stringer))
	fmt.Println("unreachable")
}
