// math.Abs, Max, Min, including NaN, infinities and signed zeros.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Abs(-3.5), math.Abs(2), math.Abs(math.Inf(-1)))
	fmt.Println(math.Max(1, 2), math.Min(1, 2), math.Max(-1, -2), math.Min(-1, -2))
	nan := math.NaN()
	fmt.Println(math.Max(nan, 1), math.Min(1, nan))
	fmt.Println(math.Max(math.Inf(1), nan), math.Min(math.Inf(-1), nan))
	negZero := math.Copysign(0, -1)
	fmt.Println(math.Max(negZero, 0), math.Min(negZero, 0), math.Abs(negZero))
	fmt.Println(math.Dim(5, 3), math.Dim(3, 5))
}
