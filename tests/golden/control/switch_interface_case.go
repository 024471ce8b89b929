package main

import "fmt"

type Stringer interface{ String() string }
type T int

func (t T) String() string { return fmt.Sprint("T", int(t)) }

func main() {
	switch i := interface{}(true); {
	case i:
		fmt.Println("true")
	case false:
		fmt.Println("false")
	}
	var f interface{} = false
	switch {
	case f:
		fmt.Println("f is true")
	default:
		fmt.Println("f is not true")
	}
	x := 3
	var a interface{} = 3
	var b interface{} = "3"
	switch x {
	case b:
		fmt.Println("b")
	case a:
		fmt.Println("a")
	}
	var s Stringer = T(2)
	switch T(2) {
	case s:
		fmt.Println("stringer matches")
	}
	switch s {
	case T(1):
		fmt.Println("T1")
	case T(2):
		fmt.Println("T2")
	}
	var e error
	switch e {
	case nil:
		fmt.Println("nil error")
	}
	var n interface{}
	switch {
	case n:
		fmt.Println("nil true?")
	default:
		fmt.Println("nil is not true")
	}
}
