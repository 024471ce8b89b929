// Unsigned arithmetic: subtraction below zero, large division and remainder.
package main

import "fmt"

func main() {
	var a, b uint = 3, 5
	fmt.Println(a-b, (a-b)/2, (a-b)%7)
	var big uint64 = 18446744073709551615
	fmt.Println(big/3, big%1000, big/10)
	var h uint64 = 1 << 63
	fmt.Println(h/3, h%7, h > 1<<62)
	var small uint32 = 7
	fmt.Println(small/2, small%2, small*small*small)
}
