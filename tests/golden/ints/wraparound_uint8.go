// uint8 (byte) arithmetic wraps around modulo 256.
package main

import "fmt"

func main() {
	var x uint8 = 255
	x++
	fmt.Println(x)
	x--
	fmt.Println(x)
	var y byte = 3
	y -= 5
	fmt.Println(y)
	var a, b uint8 = 200, 100
	fmt.Println(a+b, a*b, b-a, -a)
}
