// Assignability: untyped constants fit any suitable type; typed values need conversions.
package main

import "fmt"

type Score int

func main() {
	var s Score = 10
	var i int = 3
	s += Score(i)
	var f float64 = 2
	var g float32 = 2.5
	total := float64(s) + f + float64(g)
	fmt.Println(s, total)
	const untyped = 4
	var u8 uint8 = untyped
	var c complex128 = untyped
	fmt.Println(u8, c, s+untyped)
}
