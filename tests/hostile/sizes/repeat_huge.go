// Abuses: strings.Repeat with a count giving a 2 TiB result (no overflow, so
// Go tries to allocate it and runs out of memory).
package main

import (
	"fmt"
	"strings"
)

func main() {
	n := 1 << 40
	fmt.Println(len(strings.Repeat("ab", 3)))
	s := strings.Repeat("ab", n)
	fmt.Println(len(s))
}
