// uint16 and uint32 arithmetic wraps around modulo 2^16 and 2^32.
package main

import "fmt"

func main() {
	var a uint16 = 65535
	a += 2
	fmt.Println(a)
	var b uint16 = 0
	b--
	fmt.Println(b)
	var c uint32 = 4294967295
	c++
	fmt.Println(c)
	var d uint32 = 1 << 31
	fmt.Println(d*2, d*3, 0-d)
}
