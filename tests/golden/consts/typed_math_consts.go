// Constants from math used in typed contexts.
package main

import (
	"fmt"
	"math"
)

func main() {
	var a int64 = math.MaxInt64
	var b int64 = math.MinInt64
	var c uint64 = math.MaxUint64
	var d uint32 = math.MaxUint32
	var e int8 = math.MinInt8
	fmt.Println(a, b, c, d, e)
	fmt.Println(uint64(math.MaxUint64), math.MaxInt32+1)
}
