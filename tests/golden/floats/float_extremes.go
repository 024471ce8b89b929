// Largest and smallest floats; overflow to Inf and underflow to 0 at run time.
package main

import (
	"fmt"
	"math"
)

func main() {
	m := math.MaxFloat64
	fmt.Println(m, m*2, -m*2)
	s := math.SmallestNonzeroFloat64
	fmt.Println(s, s/2, s*2)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	f := float32(math.MaxFloat32)
	fmt.Println(f, f*2)
	g := float32(math.SmallestNonzeroFloat32)
	fmt.Println(g, g/2)
}
