// Abuses: nil maps: reads, len, delete and range are fine; a write panics
// (recovered once, then uncaught).
package main

import "fmt"

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	var m map[string]int
	fmt.Println(m["x"], len(m), m == nil)
	delete(m, "x")
	for k := range m {
		fmt.Println("never", k)
	}
	v, ok := m["y"]
	fmt.Println(v, ok)
	try("m[k] = 1", func() { m["k"] = 1 })
	try("m[k]++", func() { m["k"]++ })
	var mm map[int]map[int]int
	try("mm[1][2] = 3", func() { mm[1][2] = 3 })
	m["z"] = 2
	fmt.Println("unreachable")
}
