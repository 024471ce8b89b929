// Println of float32 versus float64 values of the same constant.
package main

import "fmt"

func main() {
	fmt.Println(float32(0.1), float64(0.1))
	fmt.Println(float32(1)/3, float64(1)/3)
	fmt.Println(float32(2.5e-8), float64(2.5e-8))
	fmt.Println(float32(123456789), float64(123456789))
	var x float32 = 0.1
	fmt.Println(x*3, float64(x)*3)
}
