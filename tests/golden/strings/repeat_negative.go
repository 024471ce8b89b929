// strings.Repeat with a negative count panics with Go's message.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q %q %q\n", strings.Repeat("ab", 3), strings.Repeat("", 5), strings.Repeat("x", 0))
	n := -1
	fmt.Println(strings.Repeat("ab", n))
}
