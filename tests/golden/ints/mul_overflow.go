// Multiplication overflow keeps the low bits of the product.
package main

import "fmt"

func main() {
	var a int32 = 100000
	fmt.Println(a * a)
	var b int64 = 1 << 40
	fmt.Println(b*b, b*(b+1))
	var c uint32 = 0xffffffff
	fmt.Println(c*c, c*2)
	h := uint64(0x9e3779b97f4a7c15)
	fmt.Println(h*31, h*h)
}
