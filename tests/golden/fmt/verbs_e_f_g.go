// %e %E %f %F %g %G on floats.
package main

import "fmt"

func main() {
	values := [...]float64{0, 1, -2.5, 3.14159265, 1234567.891, 0.000012345, 1e21, 1e-10}
	for _, v := range values {
		fmt.Printf("%e | %E | %f | %g | %G\n", v, v, v, v, v)
	}
	fmt.Printf("%F %v %v\n", 1.5, 1e6, 1e-5)
}
