// Remainder at several widths with negative operands.
package main

import "fmt"

func main() {
	var a8, b8 int8 = -13, 4
	var a16, b16 int16 = 13, -4
	var a32, b32 int32 = -13, -4
	var a64, b64 int64 = -9223372036854775807, 10
	fmt.Println(a8/b8, a8%b8, a16/b16, a16%b16, a32/b32, a32%b32, a64/b64, a64%b64)
	var ua, ub uint8 = 250, 7
	fmt.Println(ua/ub, ua%ub)
}
