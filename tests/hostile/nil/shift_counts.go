// Abuses: shifts by huge and negative variable counts: a count of 1<<40 or
// 64 gives 0 (or -1 for a negative signed value), a negative count panics.
package main

import "fmt"

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	x, neg := 12345, -7
	var u8 uint8 = 200
	big := uint(1 << 40)
	s64 := 64
	fmt.Println(x<<big, x>>big, neg>>big, neg<<s64, u8<<s64, u8>>7, int8(-128)>>s64)
	n := -1
	try("x << -1", func() { fmt.Println(x << n) })
	try("u8 >> -1", func() { fmt.Println(u8 >> n) })
	var n8 int8 = -128
	fmt.Println(x >> n8)
	fmt.Println("unreachable")
}
