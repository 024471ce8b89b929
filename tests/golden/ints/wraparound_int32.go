// int32 and rune arithmetic wraps around at 2^31.
package main

import "fmt"

func main() {
	var x int32 = 2147483647
	x++
	fmt.Println(x)
	var y int32 = 65536
	fmt.Println(y*y, y*y/2)
	var r rune = -2147483648
	r += -1
	fmt.Println(r)
	var m int32 = 123456789
	fmt.Println(m * 100)
}
