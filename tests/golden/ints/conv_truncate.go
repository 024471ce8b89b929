// Converting to a narrower integer type keeps the low bits.
package main

import "fmt"

func main() {
	x := int64(0x123456789abcdef0)
	fmt.Println(int8(x), int16(x), int32(x), uint8(x), uint16(x), uint32(x))
	y := 300
	fmt.Println(uint8(y), int8(y), byte(y+212))
	z := -1
	fmt.Println(uint8(z), uint16(z), uint32(z), uint64(z), uint(z))
	w := 0x80000000
	fmt.Println(int32(w), uint32(w))
}
