// complex/real/imag with constants and variables of both widths.
package main

import "fmt"

func main() {
	const k = complex(3, 4)
	fmt.Println(real(k), imag(k))
	var f32 float32 = 1.25
	c64 := complex(f32, f32*2)
	var f64 float64 = -8
	c128 := complex(f64, 0.5)
	fmt.Printf("%T %v\n", c64, c64)
	fmt.Printf("%T %v\n", c128, c128)
	r := real(c128) * imag(c128)
	fmt.Println(r)
	fmt.Println(real(c64)+imag(c64), imag(2i*2i))
}
