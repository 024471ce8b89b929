// EncodeRune into a slice too short for the encoding panics with Go's
// index out of range, naming the last byte the encoding needs.
package main

import (
	"fmt"
	"unicode/utf8"
)

func try(n int, r rune) {
	defer func() {
		fmt.Println(n, r, recover())
	}()
	p := make([]byte, n)
	fmt.Println(utf8.EncodeRune(p, r))
}

func main() {
	try(0, 'a')
	try(1, 'é')
	try(2, '€')
	try(1, 0xD800)
	try(3, '😀')
	try(4, '😀')
	utf8.EncodeRune(nil, 'a')
}
