// The oracle of map_struct_field.gs: the same program in Go.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	m := map[string]Point{"a": {1, 2}}
	p := m["a"]
	p.X = 5
	fmt.Println("changed the copy only:", m["a"])
	m["a"] = p
	fmt.Println("stored back:          ", m["a"])

	ptrs := map[string]*Point{"a": {1, 2}}
	ptrs["a"].X = 5
	fmt.Println("through a pointer:    ", *ptrs["a"])
}
