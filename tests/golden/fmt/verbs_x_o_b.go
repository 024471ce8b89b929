// %x %X %o %O %b on integers, with # flag, width and negative values.
package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%x %X %o %O %b\n", n, n, n, n, n)
	fmt.Printf("%#x %#X %#o %#b\n", n, n, n, n)
	fmt.Printf("%x %X %o %b\n", -n, -n, -n, -n)
	fmt.Printf("[%8x] [%-8x] [%08x] [%#08x]\n", n, n, n, n)
	fmt.Printf("%x %x\n", uint64(1<<64-1), int64(-1))
	fmt.Printf("%b %o %x\n", int8(-1), uint8(200), 'é')
	fmt.Printf("%x %X\n", 3.5, 1.0)
}
