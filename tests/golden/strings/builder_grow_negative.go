// Builder.Grow with a negative count panics with Go's message.
package main

import (
	"fmt"
	"strings"
)

type grower interface{ Grow(n int) }

func main() {
	var sb strings.Builder
	var g grower = &sb
	g.Grow(0)
	fmt.Println("grew")
	g.Grow(-1)
}
