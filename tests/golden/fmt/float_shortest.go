// %v and Println on floats: shortest repr, %e form for exponents < -4 or >= 21.
package main

import "fmt"

func main() {
	fmt.Println(1e21, 1e20, 1e-7, 1e-4, 1e-5, 100000.0, 3.14, 2.0, 0.1)
	fmt.Printf("%v %v %v %v\n", 123456789.0, 1.0e15, 12345678901234567890.0, 0.000001)
	fmt.Println(float32(1e21), float32(0.1), float32(16777216.0), float32(1)/3)
	fmt.Println(-1e21, -0.00001, 1.7976931348623157e308)
}
