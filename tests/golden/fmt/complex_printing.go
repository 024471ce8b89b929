// Printing complex numbers with %v and float verbs.
package main

import "fmt"

func main() {
	c := complex(1.5, -2.25)
	fmt.Println(c)
	fmt.Printf("%v %.2f %e %g\n", c, c, c, c)
	fmt.Printf("[%8.1f] [%+.1f]\n", c, c)
	var c64 complex64 = 1 + 1i
	fmt.Printf("%v %T\n", c64/3, c64)
	fmt.Println(complex(0, 1e21), complex(1e-7, 0))
}
