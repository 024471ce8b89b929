// Float comparisons and equality after conversions.
package main

import "fmt"

func main() {
	a := 0.1
	b := float32(0.1)
	fmt.Println(a == float64(b), float32(a) == b)
	fmt.Println(1.0 < 1.0000000000000002, 1.0 == 1.00000000000000001)
	x, y := 2.0, 3.0
	fmt.Println(x < y, x <= y, x > y, x >= y, x == y, x != y)
	var f32 float32 = 0.3
	var f64 float64 = 0.3
	fmt.Println(float64(f32) == f64, float64(f32) > f64)
}
