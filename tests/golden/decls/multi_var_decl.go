// var declarations with several names, mixed types, and from multi-value calls.
package main

import "fmt"

func coords() (int, int) { return 3, 4 }

var gx, gy = coords()

func main() {
	var a, b, c = 1, "two", 3.0
	var d, e int
	var f, g = coords()
	fmt.Println(a, b, c, d, e, f, g, gx, gy)
	fmt.Printf("%T %T %T\n", a, b, c)
}
