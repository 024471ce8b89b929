// Declaring the same name twice in one scope.
package main

func f() {}

func f() {} // ERROR "f redeclared in this block"

func main() {
	x := 1
	var x int // ERROR "x redeclared in this block"
	_ = x
}
