// Package-level variables holding functions can be reassigned.
package main

import "fmt"

var greet = func(name string) string { return "hello " + name }

var op func(int, int) int = add

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func main() {
	fmt.Println(greet("go"))
	greet = func(name string) string { return "bye " + name }
	fmt.Println(greet("go"))
	fmt.Println(op(3, 4))
	op = mul
	fmt.Println(op(3, 4))
}
