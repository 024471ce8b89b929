// Abuses: strings.Join of 16384 copies of a 1 MB string (a 16 GiB result
// from a few MB of input).
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := strings.Repeat("x", 1<<20)
	parts := make([]string, 1<<14)
	for i := range parts {
		parts[i] = s
	}
	fmt.Println(len(strings.Join(parts[:3], "")))
	r := strings.Join(parts, "")
	fmt.Println(len(r))
}
