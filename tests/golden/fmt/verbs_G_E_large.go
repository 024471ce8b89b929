// %G and %E choose exponent form for large and small values.
package main

import "fmt"

func main() {
	for _, v := range [...]float64{1e-5, 1e-4, 123456, 1234567, 1e20, 1e21, 1e100} {
		fmt.Printf("%g %G %e %E\n", v, v, v, v)
	}
	fmt.Printf("%.3G %.3E\n", 1234567.0, 0.000123456)
}
