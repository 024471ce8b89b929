// int16 arithmetic wraps around at 32767/-32768.
package main

import "fmt"

func main() {
	var x int16 = 32767
	x++
	fmt.Println(x)
	var y int16 = 300
	fmt.Println(y * y)
	var z int16 = -32768
	z--
	fmt.Println(z)
}
