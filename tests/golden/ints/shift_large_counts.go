// Shifts by counts >= the width give 0 (or -1 for negative signed >>).
package main

import "fmt"

func main() {
	var n uint = 64
	x := int64(1)
	fmt.Println(x<<n, x<<(n-1), x<<(n+36))
	var u uint64 = 0xffffffffffffffff
	fmt.Println(u>>n, u>>(n-1), u<<n)
	var w uint32 = 1
	var c32 = 32
	fmt.Println(w<<c32, w<<(c32-1))
	var b uint8 = 0x81
	for _, c := range [...]int{1, 7, 8, 9, 200} {
		fmt.Println(c, b<<c, b>>c)
	}
}
