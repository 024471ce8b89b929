// uint64 and uint arithmetic wraps around modulo 2^64.
package main

import "fmt"

func main() {
	var x uint64 = 18446744073709551615
	x++
	fmt.Println(x)
	x--
	fmt.Println(x)
	var u uint = 0
	u -= 1
	fmt.Println(u, u/2, u%10)
	var m uint64 = 1 << 63
	fmt.Println(m*2, m+m-1)
}
