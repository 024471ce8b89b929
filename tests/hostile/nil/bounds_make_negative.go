// Abuses: make with a negative length or capacity, and cap < len, from
// variables (constants would be compile errors).
package main

import "fmt"

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	n := -1
	m := 10
	try("make([]int, -1)", func() { fmt.Println(make([]int, n)) })
	try("make([]int, 0, -1)", func() { fmt.Println(make([]int, 0, n)) })
	try("make([]int, 10, 5)", func() { fmt.Println(make([]int, m, 5)) })
	try("make(map, -1)", func() { fmt.Println(len(make(map[int]int, n))) })
	fmt.Println(make([]string, n))
	fmt.Println("unreachable")
}
