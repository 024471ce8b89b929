// math.Sqrt, Floor, Ceil, Trunc and Round.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(16), math.Sqrt(0), math.Sqrt(-1))
	for _, v := range [...]float64{2.5, -2.5, 3.7, -3.7, 0.0, 4} {
		fmt.Println(v, math.Floor(v), math.Ceil(v), math.Trunc(v), math.Round(v))
	}
	fmt.Println(math.Floor(math.Inf(-1)), math.Ceil(math.NaN()))
}
