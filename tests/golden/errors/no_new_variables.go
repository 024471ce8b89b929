// := needs at least one new variable on its left side.
package main

func main() {
	a := 1
	_ = a
	a := 2 // ERROR "no new variables on left side of :="
	b, a := 3, 4
	_ = b
}
