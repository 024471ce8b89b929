// Bitwise &, |, ^, &^ and unary ^ on signed and unsigned values.
package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0b11110000
	var v uint8 = 0b10101010
	fmt.Println(u&v, u|v, u^v, u&^v, ^u)
	var s int8 = -1
	fmt.Println(s&0x0f, s^0x55, ^s)
	x := -6
	fmt.Println(x&3, x|1, x^-1, x&^-4)
	fmt.Printf("%08b %08b\n", u&^v, ^v)
}
