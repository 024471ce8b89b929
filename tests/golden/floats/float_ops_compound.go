// Compound float assignment, increments and mixing with constants.
package main

import "fmt"

func main() {
	x := 1.5
	x += 2
	x *= 3
	x -= 0.5
	x /= 4
	fmt.Println(x)
	x++
	fmt.Println(x)
	x--
	x--
	fmt.Println(x)
	var y float32 = 10
	y /= 3
	y *= 3
	fmt.Println(y, y == 10)
	fmt.Println(-x, +x, x*-1)
}
