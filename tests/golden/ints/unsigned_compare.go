// Comparisons of large unsigned values against small ones.
package main

import "fmt"

func main() {
	var big uint64 = 1 << 63
	var small uint64 = 1
	fmt.Println(big > small, big < small, big == 1<<63)
	var u uint32 = 0xffffffff
	fmt.Println(u > 0, u+1 > 0, u+1 == 0)
	var s int64 = -1
	fmt.Println(uint64(s) > big, s < 0)
}
