// A panic in the less func of sort.Slice propagates out of the sort.
package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{3, 1, 2}
	calls := 0
	sort.Slice(xs, func(i, j int) bool {
		calls++
		if calls == 2 {
			fmt.Println("about to fail", xs)
			var m []int
			return m[i] < 0
		}
		return xs[i] < xs[j]
	})
}
