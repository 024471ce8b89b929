// math.Cbrt, Copysign, Float64bits/frombits, Float32bits, Frexp, Ldexp.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Cbrt(27), math.Cbrt(-8), math.Copysign(3, -1))
	fmt.Printf("%#x %#x\n", math.Float64bits(1.0), math.Float32bits(1.0))
	fmt.Println(math.Float64frombits(0x4000000000000000), math.Float32frombits(0x40490fdb))
	fr, exp := math.Frexp(8)
	fmt.Println(fr, exp, math.Ldexp(0.5, 4))
	fmt.Printf("%#x\n", math.Float64bits(math.Copysign(0, -1)))
}
