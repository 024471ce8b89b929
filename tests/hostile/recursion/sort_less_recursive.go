// Abuses: a sort.Slice less function that sorts the same slice again, so
// the sort recurses through the library forever.
package main

import (
	"fmt"
	"sort"
)

func main() {
	s := []int{5, 2, 8, 1, 9, 3}
	var less func(i, j int) bool
	less = func(i, j int) bool {
		sort.Slice(s, less)
		return s[i] < s[j]
	}
	fmt.Println("sorting")
	sort.Slice(s, less)
	fmt.Println(s)
}
