// Untyped constant arithmetic is exact: intermediate values beyond 64 bits.
package main

import "fmt"

const huge = 1 << 100

func main() {
	fmt.Println(1 << 100 >> 98)
	fmt.Println(huge >> 90)
	fmt.Println(huge / (1 << 95))
	const big = huge * huge
	fmt.Println(big >> 195)
	fmt.Println(float64(huge))
	var x int64 = huge >> 40
	fmt.Println(x)
}
