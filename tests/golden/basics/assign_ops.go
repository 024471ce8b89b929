// Compound assignment operators and ++/--.
package main

import "fmt"

func main() {
	x := 100
	x += 5
	fmt.Println(x)
	x -= 10
	fmt.Println(x)
	x *= 3
	fmt.Println(x)
	x /= 4
	fmt.Println(x)
	x %= 7
	fmt.Println(x)
	x <<= 4
	fmt.Println(x)
	x >>= 2
	fmt.Println(x)
	x |= 0x100
	fmt.Println(x)
	x &= 0x1f0
	fmt.Println(x)
	x ^= 0xff
	fmt.Println(x)
	x &^= 0x0f
	fmt.Println(x)
	x++
	x++
	x--
	fmt.Println(x)
	s := "ab"
	s += "cd"
	f := 1.5
	f *= 4
	fmt.Println(s, f)
}
