// Printf on named and sized integer types; %v of byte and rune are numbers.
package main

import "fmt"

type Code uint16

func main() {
	var b byte = 'A'
	var r rune = 'B'
	var c Code = 0xbeef
	fmt.Printf("%v %v %v %d %x %X\n", b, r, c, c, c, c)
	fmt.Println(b, r, c)
	fmt.Printf("%T %T %T\n", b, r, c)
	fmt.Printf("%5v|%-5v|%05v\n", b, r, c)
}
