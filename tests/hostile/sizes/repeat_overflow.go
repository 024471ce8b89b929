// Abuses: strings.Repeat with counts whose product overflows and with a
// negative count: both panic before allocating anything.
package main

import (
	"fmt"
	"strings"
)

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	n := 1 << 62
	try("Repeat(abcd, 1<<62)", func() { fmt.Println(len(strings.Repeat("abcd", n))) })
	try("Repeat(x, -1)", func() { fmt.Println(len(strings.Repeat("x", -n/n))) })
	fmt.Println(len(strings.Repeat("", n)), "(empty string, any count)")
	fmt.Println(len(strings.Repeat("abcdefgh", n)))
}
