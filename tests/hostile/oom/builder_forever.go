// Abuses: a strings.Builder fed its own contents forever.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	b.WriteString("seed")
	for i := 0; ; i++ {
		b.WriteString(b.String())
		if i == 10 {
			fmt.Println(b.Len())
		}
	}
}
