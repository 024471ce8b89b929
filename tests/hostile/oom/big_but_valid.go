// Abuses: large allocations that fit under the limit (valid): a 512 MB
// string from strings.Repeat, a 256 MB slice, a map with a million keys.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := strings.Repeat("abcdefgh", 64<<20)
	fmt.Println(len(s), s[len(s)-3:])
	b := make([]int64, 32<<20)
	b[len(b)-1] = 5
	fmt.Println(len(b), b[len(b)-1])
	m := make(map[int]int)
	for i := 0; i < 1000000; i++ {
		m[i] = i
	}
	fmt.Println(len(m), m[999999])
}
