// Binary operations on operands of different types.
package main

import "fmt"

func main() {
	x := 1
	s := "a"
	var f float64 = 2
	var i8 int8 = 3
	fmt.Println(x + s)   // ERROR "invalid operation: x \+ s \(mismatched types int and string\)"
	fmt.Println(x * f)   // ERROR "invalid operation: x \* f \(mismatched types int and float64\)"
	fmt.Println(x == i8) // ERROR "invalid operation: x == i8 \(mismatched types int and int8\)"
}
