// Abuses: integer division and remainder by a zero variable, and the
// MinInt64 / -1 case (legal in Go: wraps, no trap).
package main

import "fmt"

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	var z int
	min := -1 << 63
	m1 := -1
	fmt.Println(min/m1, min%m1)
	var z8 int8
	var mi8 int8 = -128
	var m18 int8 = -1
	fmt.Println(mi8/m18, mi8%m18)
	try("1/z", func() { fmt.Println(1 / z) })
	try("1%z", func() { fmt.Println(1 % z) })
	try("int8 / 0", func() { fmt.Println(mi8 / z8) })
	try("x /= z", func() {
		x := 10
		x /= z
		fmt.Println(x)
	})
	fmt.Println(min % z)
	fmt.Println("unreachable")
}
