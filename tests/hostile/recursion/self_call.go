// Abuses: unbounded recursion of a function with no arguments: func f() { f() }.
package main

import "fmt"

func f() { f() }

func main() {
	fmt.Println("start")
	f()
	fmt.Println("unreachable")
}
