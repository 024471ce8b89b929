// Abuses: make(map[int]int, 1<<40): a size hint asking for buckets far
// beyond memory (Go allocates them up front and fails).
package main

import "fmt"

func main() {
	fmt.Println(len(make(map[int]int, 1000)))
	n := 1 << 40
	m := make(map[int]int, n)
	m[1] = 2
	fmt.Println(len(m))
}
