// int -> float conversion rounds to nearest even when the value does not fit.
package main

import "fmt"

func main() {
	a := int64(1<<53 + 1)
	fmt.Println(float64(a), int64(float64(a)))
	b := int32(16777217)
	fmt.Println(float32(b), int32(float32(b)))
	c := uint64(18446744073709551615)
	fmt.Println(float64(c), float32(c))
	d := -7
	fmt.Println(float64(d)/2, float32(d)/3)
	var e uint8 = 200
	fmt.Println(float64(e) * 1.5)
}
