// Unsigned integer types, byte and uintptr: extreme values and %T.
package main

import "fmt"

func main() {
	var a uint8 = 255
	var b uint16 = 65535
	var c uint32 = 4294967295
	var d uint64 = 18446744073709551615
	var e uint = 18446744073709551615
	var p uintptr = 0xdeadbeef
	var y byte = 'A'
	fmt.Println(a, b, c, d, e, p, y)
	fmt.Printf("%T %T %T %T %T %T %T\n", a, b, c, d, e, p, y)
}
