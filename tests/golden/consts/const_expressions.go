// Constant expressions: mixing kinds, bit ops, comparisons, len of constant string.
package main

import "fmt"

const (
	Name   = "gos"
	Length = len(Name)
	Mask   = 0xff &^ 0x0f
	Big    = 1e3
	Flag   = Length > 2 && Mask == 0xf0
)

func main() {
	fmt.Println(Name, Length, Mask, Big, Flag)
	var arr [Length * 2]int
	fmt.Println(len(arr))
	var i int = Big
	fmt.Println(i, ^0, ^uint8(0), -(-128))
}
