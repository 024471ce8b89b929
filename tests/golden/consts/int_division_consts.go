// Untyped constant division: integer if both operands are integer constants.
package main

import "fmt"

func main() {
	fmt.Println(7/2, 7/2.0, 7.0/2, -7/2, 7%3, -7%3)
	const a = 10
	const b = 4
	fmt.Println(a/b, a/b*1.0, a*1.0/b)
	var f float64 = a / b
	var g float64 = a / 4.0
	fmt.Println(f, g)
}
