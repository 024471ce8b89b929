// Constant shifts and shifts of untyped constants by variable counts.
package main

import "fmt"

func main() {
	const s = 1 << 62
	fmt.Println(s, uint64(1<<63), 1<<10>>5)
	const neg = -1 << 3
	fmt.Println(neg, neg>>1, -16>>2)
	var n uint = 3
	x := 1 << n
	var y int64 = 1 << n
	var z uint8 = 255 >> n
	fmt.Printf("%v %T %v %T %v %T\n", x, x, y, y, z, z)
}
