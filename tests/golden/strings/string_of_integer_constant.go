package main

import "fmt"

func main() {
	const huge = string(1 << 100)
	const neg = string(-1)
	const r = string('x')
	const big = string(0x110000)
	u := uint64(0x10001f4a9)
	fmt.Printf("%q %q %q %q %q\n", huge, neg, r, big, string(rune(u)))
	var i8 int8 = -5
	fmt.Printf("%q %q %q %q\n", string(rune(i8)), string(rune(0x10FFFF)), string(u), string(i8))
}
