// A method of a nil *strings.Builder dereferences nil.
package main

import (
	"fmt"
	"strings"
)

type lener interface{ Len() int }

func main() {
	var b *strings.Builder
	var l lener = b
	fmt.Println("calling")
	fmt.Println(l.Len())
}
