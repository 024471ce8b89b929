// <<= and >>= with variable counts on several types.
package main

import "fmt"

func main() {
	x := int8(1)
	for i := 0; i < 9; i++ {
		fmt.Print(x, " ")
		x <<= 1
	}
	fmt.Println()
	y := uint16(0x8000)
	for n := uint(0); n < 3; n++ {
		y >>= n
		fmt.Print(y, " ")
	}
	fmt.Println()
	z := int64(-1024)
	z >>= 3
	fmt.Println(z)
}
