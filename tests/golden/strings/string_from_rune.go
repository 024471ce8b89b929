// string(rune) encodes UTF-8; invalid code points become "\uFFFD".
package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(0x1F600)))
	var r rune = -1
	fmt.Printf("%q\n", string(r))
	r = 0x10FFFF + 1
	fmt.Printf("%q\n", string(r))
	r = 0xD800
	fmt.Printf("%q %d\n", string(r), len(string(r)))
	var b byte = 0xe9
	fmt.Printf("%q %d\n", string(b), len(string(b)))
	fmt.Println(string('x'), len(string(rune(0x10FFFF))))
}
