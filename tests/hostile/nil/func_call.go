// Abuses: calling a nil func value: a variable, a struct field, a map
// element and a slice element.
package main

import "fmt"

type T struct {
	cb func(int) int
}

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	var f func()
	var t T
	fs := map[string]func(){}
	list := make([]func() string, 3)
	try("f()", func() { f() })
	try("t.cb(1)", func() { fmt.Println(t.cb(1)) })
	try("fs[x]()", func() { fs["x"]() })
	try("list[2]()", func() { fmt.Println(list[2]()) })
	f()
	fmt.Println("unreachable")
}
