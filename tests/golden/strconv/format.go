// strconv's formatting functions: Itoa, FormatInt and FormatUint in every
// base, FormatFloat in every format, precision and bit size.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, i := range []int{0, 1, -1, 42, -42, math.MaxInt64, math.MinInt64} {
		fmt.Println(strconv.Itoa(i))
	}
	for base := 2; base <= 36; base += 7 {
		fmt.Println(base, strconv.FormatInt(-255, base), strconv.FormatInt(math.MinInt64, base),
			strconv.FormatUint(math.MaxUint64, base), strconv.FormatInt(35, base))
	}
	fmt.Println(strconv.FormatInt(36, 36), strconv.FormatUint(0, 2))
	values := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.0 / 3, 123456789, 1e21, 1e20, 1e-7, 5e-324,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 2.5, 3.5, 1.005}
	formats := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X', 'v', 'q'}
	for _, v := range values {
		for _, f := range formats {
			for _, prec := range []int{-1, 0, 2, 7} {
				fmt.Print(strconv.FormatFloat(v, f, prec, 64), " ")
			}
			fmt.Print(strconv.FormatFloat(v, f, -1, 32), " ", strconv.FormatFloat(v, f, 3, 32), " | ")
		}
		fmt.Println()
	}
	fmt.Println(strconv.FormatFloat(1, 'f', 40, 64), strconv.FormatFloat(0.1, 'g', 30, 64))
}
