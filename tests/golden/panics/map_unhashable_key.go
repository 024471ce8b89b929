// An interface key holding an unhashable dynamic type panics.
package main

func main() {
	m := map[interface{}]int{}
	m[[]int{1}] = 2
}
