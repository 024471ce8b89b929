// Constants from the math package.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi, math.Ln2)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint8, math.MaxUint16, math.MaxUint32)
	fmt.Println(uint64(math.MaxUint64))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Printf("%.20f\n", math.Pi)
	var f32 float32 = math.Pi
	fmt.Println(f32)
}
