// Negative zero: equal to 0, printed as -0, sign visible through 1/x.
package main

import (
	"fmt"
	"math"
)

func main() {
	z := 0.0
	nz := -z
	fmt.Println(z, nz, nz == z, 1/nz, math.Signbit(nz))
	fmt.Println(math.Copysign(0, -1), -0.0)
	var f float32 = 0
	f = -f
	fmt.Println(f, f == 0)
	fmt.Println(nz*1, nz+0, nz-0)
}
