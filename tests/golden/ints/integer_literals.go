// Integer literal forms: hex, octal (0o and leading 0), binary, digit separators.
package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0x1f, 0o17, 017, 0b1011, 0b11)
	fmt.Println(1_000_000, 0x_ff_ff, 0b_1010_0101)
	fmt.Println('a', 0x7fffffffffffffff)
	x := 0xFFFF_FFFF
	fmt.Printf("%T %d\n", x, x)
}
