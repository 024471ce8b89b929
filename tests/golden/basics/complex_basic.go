// complex128: complex, real, imag, arithmetic and printing.
package main

import "fmt"

func main() {
	c := complex(1, 2)
	d := 3 - 4i
	fmt.Println(c, d)
	fmt.Println(real(c), imag(c), real(d), imag(d))
	fmt.Println(c+d, c-d, c*d, c/d)
	fmt.Println(c == complex(1, 2), c != d)
	fmt.Printf("%T %v %.2f\n", c, -c, c)
	x, y := 2.5, -0.5
	fmt.Println(complex(x, y))
}
