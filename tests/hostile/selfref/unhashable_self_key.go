// Abuses: using a map as (part of) its own key: an array of interfaces
// holding the map is not hashable, so the insertion panics.
package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	key := [2]interface{}{"k", m}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m[key] = 2
	}()
	fmt.Println(len(m))
	_, ok := m[[2]interface{}{"k", 3}]
	fmt.Println(ok)
	fmt.Println(m[key])
	fmt.Println("unreachable")
}
