// MinInt / -1 overflows back to MinInt and MinInt % -1 is 0, without panicking.
package main

import (
	"fmt"
	"math"
)

func main() {
	m := int64(math.MinInt64)
	d := int64(-1)
	fmt.Println(m/d, m%d)
	var m8 int8 = -128
	var d8 int8 = -1
	fmt.Println(m8/d8, m8%d8)
	var m32 int32 = math.MinInt32
	var d32 int32 = -1
	fmt.Println(m32/d32, m32%d32)
	mi := math.MinInt
	di := -1
	fmt.Println(mi/di, mi%di, -mi)
}
