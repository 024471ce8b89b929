// The complex, real and imag builtins on constants and variables.
package main

import "fmt"

func main() {
	x, y := 3.0, 4.0
	c := complex(x, y)
	fmt.Println(c, real(c), imag(c))
	abs2 := real(c)*real(c) + imag(c)*imag(c)
	fmt.Println(abs2)
	const k = imag(2i) + real(3+0i)
	fmt.Println(k)
	fmt.Printf("%T %T\n", real(complex64(1)), imag(1i))
}
