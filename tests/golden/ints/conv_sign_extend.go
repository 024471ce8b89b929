// Widening conversions sign-extend signed values and zero-extend unsigned ones.
package main

import "fmt"

func main() {
	var a int8 = -1
	fmt.Println(int64(a), uint64(a), uint8(a), int16(a), uint32(a))
	var b uint8 = 200
	fmt.Println(int8(b), int64(b), int64(int8(b)), uint64(b))
	var c int32 = -2
	fmt.Println(int64(c), uint64(c), uint32(c), uint64(uint32(c)))
	var d uint16 = 0xfffe
	fmt.Println(int16(d), int32(int16(d)), int32(d))
}
