// byte is uint8 and rune is int32: arithmetic on character values.
package main

import "fmt"

func main() {
	var b byte = 'a'
	var r rune = 'é'
	fmt.Println(b, r)
	fmt.Printf("%T %T %c %c\n", b, r, b, r)
	b += 2
	r++
	fmt.Println(b, r, string(rune(b)), string(r))
	var u8 uint8 = b
	var i32 int32 = r
	fmt.Println(u8 == b, i32 == r)
}
