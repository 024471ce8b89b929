// int64 and int arithmetic wraps around at 2^63.
package main

import (
	"fmt"
	"math"
)

func main() {
	var x int64 = math.MaxInt64
	x++
	fmt.Println(x)
	i := math.MinInt64
	i--
	fmt.Println(i)
	var big int = 1 << 62
	fmt.Println(big*2, big*4)
	f := 3037000500
	fmt.Println(f * f)
}
