// Abuses: == on interface values nested 50000 deep whose innermost value is
// a slice: the comparison must panic (uncomparable type), even that deep.
package main

import "fmt"

func build(depth int, leaf interface{}) interface{} {
	var x interface{} = leaf
	for i := 0; i < depth; i++ {
		x = [2]interface{}{i, x}
	}
	return x
}

func main() {
	a := build(50000, []int{1})
	b := build(50000, []int{1})
	c := build(50000, 5)
	fmt.Println(a == c)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(a == b)
	}()
	m := map[interface{}]int{}
	m[c] = 1
	fmt.Println(m[c], len(m))
	m[a] = 2
	fmt.Println("unreachable")
}
