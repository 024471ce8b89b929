// Negating the most negative value gives itself.
package main

import "fmt"

func main() {
	var a int8 = -128
	var b int16 = -32768
	var c int32 = -2147483648
	var d int64 = -9223372036854775808
	fmt.Println(-a, -b, -c, -d)
	fmt.Println(-a == a, -d == d)
	var u uint8 = 1
	fmt.Println(-u, -(u + 1))
}
