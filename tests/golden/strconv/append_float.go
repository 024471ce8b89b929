// strconv.AppendFloat appends its text in the pieces Go's formatter uses,
// so the capacity of the result after growing from nil or from a small
// buffer is Go's in every format.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	values := []float64{0, math.Copysign(0, -1), 1, -1.5, 3.14159, 1.0 / 3, 123456789.125, 1e21, 1e-7, 5e-324,
		math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), -2.5e-300, 100}
	formats := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X', 'z'}
	precs := []int{-1, 0, 1, 3, 17, 25, 60}
	starts := [][]byte{nil, make([]byte, 0, 5), []byte("0123456789abcdef0")}
	for _, v := range values {
		for _, f := range formats {
			line := ""
			for _, p := range precs {
				for _, start := range starts {
					b := strconv.AppendFloat(start, v, f, p, 64)
					line += fmt.Sprintf(" %d/%d", len(b), cap(b))
				}
				b := strconv.AppendFloat(nil, v, f, p, 32)
				line += fmt.Sprintf(" %d/%d", len(b), cap(b))
			}
			fmt.Printf("%v %c:%s\n", v, f, line)
		}
	}
	fmt.Printf("%s\n", strconv.AppendFloat([]byte("pi="), math.Pi, 'f', 5, 64))
	fmt.Printf("%s\n", strconv.AppendFloat(nil, 1e100, 'f', -1, 64))
	fmt.Printf("%s\n", strconv.AppendFloat(nil, 0.000001234, 'g', 2, 32))
}
