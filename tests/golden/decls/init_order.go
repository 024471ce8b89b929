// Package-level variables are initialised in dependency order, not source order.
package main

import "fmt"

var a = b + 1
var b = f()
var c, d = g(), a * 2

func f() int {
	fmt.Println("f called")
	return 10
}

func g() int {
	fmt.Println("g called, a =", a)
	return a + 100
}

func main() {
	fmt.Println(a, b, c, d)
}
