// A float32 widened to float64 shows its exact binary value.
package main

import "fmt"

func main() {
	for _, f := range [...]float32{0.1, 0.2, 0.5, 1.1, 3.3, 1e10} {
		fmt.Println(f, float64(f))
	}
	x := 0.1
	fmt.Println(float32(x), float64(float32(x)) == x)
}
