// sort.Search and sort.Find call their func with Go's sequence of
// midpoints; SearchInts and friends find the first element >= x.
package main

import (
	"fmt"
	"sort"
)

func main() {
	var probes []int
	i := sort.Search(100, func(h int) bool { probes = append(probes, h); return h*h >= 50 })
	fmt.Println(i, probes)
	fmt.Println(sort.Search(0, func(int) bool { return true }), sort.Search(-5, func(int) bool { return true }))
	fmt.Println(sort.Search(10, func(int) bool { return false }), sort.Search(10, func(int) bool { return true }))
	// a predicate that is not monotonic: the answer depends on the probes
	fmt.Println(sort.Search(64, func(h int) bool { return h%3 == 0 }))
	xs := []int{1, 3, 3, 3, 7, 9}
	for _, x := range []int{0, 1, 3, 4, 9, 10} {
		j, found := sort.Find(len(xs), func(h int) int { return x - xs[h] })
		fmt.Println(x, sort.SearchInts(xs, x), j, found)
	}
	unsorted := []int{9, 1, 8, 2, 7, 3}
	fmt.Println(sort.SearchInts(unsorted, 5), sort.SearchStrings([]string{"b", "a", "c"}, "b"),
		sort.SearchFloat64s([]float64{1, 2, 3}, 2.5), sort.SearchStrings(nil, "x"))
}
