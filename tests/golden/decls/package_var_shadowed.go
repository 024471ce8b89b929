// A package-level variable shadowed inside a function and modified by another.
package main

import "fmt"

var count = 1

func bump() { count++ }

func main() {
	bump()
	fmt.Println(count)
	count := 100
	bump()
	fmt.Println(count)
	show()
}

func show() { fmt.Println("package count", count) }
