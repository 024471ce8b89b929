// Float division in float32 and float64.
package main

import "fmt"

func main() {
	fmt.Println(1.0/3, 2.0/3, 10.0/4)
	var a, b float32 = 2, 3
	fmt.Println(a/b, b/a)
	var c, d float64 = 2, 3
	fmt.Println(c/d, d/c)
	x := 22.0
	y := 7.0
	fmt.Println(x/y, float32(x)/float32(y))
}
