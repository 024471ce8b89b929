// Builtin println prints floats in +d.dddddde+ddd form and complex in parentheses.
package main

func main() {
	println(1.5, -0.25, 0.0, 1e100)
	var f32 float32 = 0.1
	println(f32, 3.0)
	println(complex(1, -2))
	zero := 0.0
	println(1/zero, -1/zero, zero/zero)
}
