// Abuses: calling a method on a nil interface value (no dynamic type at all).
package main

import "fmt"

type Shape interface {
	Area() float64
}

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	var s Shape
	var e error
	try("s.Area()", func() { fmt.Println(s.Area()) })
	try("e.Error()", func() { fmt.Println(e.Error()) })
	fmt.Println(e.Error())
	fmt.Println("unreachable")
}
