// Float division by zero gives ±Inf (no panic); Inf arithmetic.
package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	pos := 1 / zero
	neg := -1 / zero
	fmt.Println(pos, neg, pos == math.Inf(1), neg < -1e308)
	fmt.Println(pos+1, pos-pos, pos*0, pos*-1, 1/pos, -1/pos)
	fmt.Println(pos > math.MaxFloat64, neg < pos)
	var f float32 = 3e38
	fmt.Println(f*10, -f*10)
}
