// %d with width, zero padding, sign and space flags, on several int types.
package main

import "fmt"

func main() {
	fmt.Printf("[%d] [%5d] [%-5d] [%05d]\n", 42, 42, 42, 42)
	fmt.Printf("[%d] [%5d] [%-5d] [%05d]\n", -42, -42, -42, -42)
	fmt.Printf("[%+d] [%+d] [% d] [% d]\n", 42, -42, 42, -42)
	fmt.Printf("[%+05d] [% 05d] [%-+5d]\n", 42, 42, 42)
	fmt.Printf("[%d] [%d] [%d] [%d]\n", int8(-128), uint8(255), int64(-1<<63), uint64(1<<64-1))
	fmt.Printf("[%2d] [%.3d] [%6.3d] [%-6.3d]\n", 12345, 7, -7, 7)
	fmt.Printf("[%d] [%v]\n", 'A', 'A')
}
