// The builtin println writes to stderr, separating operands with spaces.
package main

func main() {
	println("hello", 42, true, -7)
	println()
	println("a", "b")
	var u uint64 = 18446744073709551615
	var i8 int8 = -128
	println(u, i8, 'x')
}
