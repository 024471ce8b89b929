// math.Inf, NaN, IsInf, IsNaN and Signbit.
package main

import (
	"fmt"
	"math"
)

func main() {
	pos, neg := math.Inf(1), math.Inf(-1)
	fmt.Println(pos, neg, math.Inf(0))
	fmt.Println(math.IsInf(pos, 1), math.IsInf(pos, -1), math.IsInf(neg, 0), math.IsInf(1e308, 0))
	nan := math.NaN()
	fmt.Println(math.IsNaN(nan), math.IsNaN(pos), math.IsNaN(pos-pos), math.IsNaN(0))
	fmt.Println(math.Signbit(neg), math.Signbit(pos), math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(pos+neg, pos*neg, math.IsInf(neg*2, -1))
}
