// Shifts on narrow types truncate to the type's width.
package main

import "fmt"

func main() {
	var b uint8 = 0xff
	fmt.Println(b<<4, b>>4, (b<<4)>>4)
	var s int16 = 0x4001
	fmt.Println(s<<1, s<<2)
	var u32 uint32 = 0xdeadbeef
	fmt.Printf("%x %x\n", u32<<8, u32>>8)
	var i32 int32 = -0x10
	fmt.Println(i32<<28, i32>>2)
}
