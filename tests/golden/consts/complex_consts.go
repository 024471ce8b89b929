// Untyped complex constants with zero imaginary part can be used as ints.
package main

import "fmt"

func main() {
	const c = 2i * 2i
	var x int = c
	fmt.Println(c, x)
	const d = (1 + 2i) * (1 - 2i)
	var f float64 = d
	fmt.Println(d, f)
	fmt.Println(real(d), imag(c))
}
