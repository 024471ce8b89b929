// int8 arithmetic wraps around at 127/-128.
package main

import "fmt"

func main() {
	var x int8 = 127
	x++
	fmt.Println(x)
	x--
	fmt.Println(x)
	var y int8 = -100
	y -= 100
	fmt.Println(y)
	var z int8 = 64
	z *= 2
	fmt.Println(z)
	var a, b int8 = 100, 100
	fmt.Println(a+b, a*b, -a-b)
}
