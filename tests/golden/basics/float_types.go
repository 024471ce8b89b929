// float32 and float64 values printed with Println and %T.
package main

import "fmt"

func main() {
	var f float32 = 1.5
	var g float64 = 2.25
	h := 3.0
	k := 1e100
	fmt.Println(f, g, h, k)
	fmt.Printf("%T %T %T\n", f, g, h)
	fmt.Println(f*2, g/3, h-0.5)
	fmt.Println(float32(1)/3, float64(1)/3)
}
