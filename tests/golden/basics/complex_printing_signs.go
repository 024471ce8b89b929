// complex printing with negative, zero and special parts.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(complex(1, -2), complex(-1.5, 0), complex(0, 0))
	fmt.Println(complex(math.Inf(1), math.NaN()))
	var c complex128 = 1e21 + 1e-7i
	fmt.Println(c)
	fmt.Println(real(c) > 0, imag(c) < 1)
	c2 := c
	c2 += 1
	fmt.Println(c2 == c, c2-c)
}
