// Println prints the shortest representation that reads back; %e above 1e21.
package main

import "fmt"

func main() {
	values := [...]float64{0, 1, -1, 3.14, 100000, 1e20, 1e21, 123456789, 1e-4, 1e-5, 1e-7, 0.1, 2.5e-10, 1.5e300, 5e-324}
	for _, v := range values {
		fmt.Println(v)
	}
	fmt.Println(float32(3.14), float32(1e21), float32(1e-7))
}
