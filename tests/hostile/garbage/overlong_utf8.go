// Abuses: an overlong UTF-8 encoding of '/' (0xc0 0xaf) and an encoded surrogate
// (0xed 0xa0 0x80) in a rune literal.
package main

import "fmt"

func main() {
	r := 'í €'
	fmt.Println(r, "À¯")
}
