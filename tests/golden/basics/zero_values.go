// Zero values of every basic type, printed with Println and %q.
package main

import "fmt"

func main() {
	var b bool
	var s string
	var i int
	var i8 int8
	var i16 int16
	var i32 int32
	var i64 int64
	var u uint
	var u8 uint8
	var u16 uint16
	var u32 uint32
	var u64 uint64
	var up uintptr
	var by byte
	var r rune
	var f32 float32
	var f64 float64
	var c64 complex64
	var c128 complex128
	fmt.Println(b, s, i, i8, i16, i32, i64)
	fmt.Println(u, u8, u16, u32, u64, up, by, r)
	fmt.Println(f32, f64, c64, c128)
	fmt.Printf("%q %d\n", s, len(s))
}
