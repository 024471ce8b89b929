// Integer limit constants from math combined with arithmetic on typed values.
package main

import (
	"fmt"
	"math"
)

func main() {
	var a int32 = math.MaxInt32
	var b uint16 = math.MaxUint16
	var c int8 = math.MaxInt8
	a++
	b++
	c++
	fmt.Println(a, b, c)
	fmt.Println(math.MaxInt64-1, math.MinInt64+1, math.MaxUint32+1)
	fmt.Println(uint64(math.MaxUint64)/3, math.MaxInt == math.MaxInt64)
}
