// complex64: construction from float32, arithmetic, real/imag types.
package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	c := complex(a, b)
	fmt.Printf("%T %v\n", c, c)
	fmt.Printf("%T %T\n", real(c), imag(c))
	var d complex64 = 1 + 1i
	fmt.Println(c*d, c/d, c+d)
	fmt.Println(complex128(c))
	var z complex64
	fmt.Println(z == 0, d == 1+1i)
}
