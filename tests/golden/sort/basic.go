// Ints, Strings and Float64s (NaN first; -0 and +0 are equal, so their
// order shows the algorithm), the AreSorted checks and the Search helpers.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	ints := [][]int{nil, {}, {1}, {2, 1}, {3, 1, 2}, {5, 2, 8, 1, 9, 3, 5, 5, 0, -4, 7, 7, 7, -4, 100},
		{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}, {14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1}}
	for _, xs := range ints {
		before := sort.IntsAreSorted(xs)
		sort.Ints(xs)
		fmt.Println(xs, before, sort.IntsAreSorted(xs), sort.SearchInts(xs, 5), sort.SearchInts(xs, 1000))
	}
	strs := []string{"pear", "apple", "", "fig", "Apple", "apple", "日本", "\xff", "b"}
	fmt.Println(sort.StringsAreSorted(strs))
	sort.Strings(strs)
	fmt.Printf("%q %t %d %d\n", strs, sort.StringsAreSorted(strs), sort.SearchStrings(strs, "b"), sort.SearchStrings(strs, "zzz"))

	negZero := math.Copysign(0, -1)
	nan := math.NaN()
	floats := []float64{3, negZero, 0, 1, nan, -1, negZero, 0, math.Inf(-1), nan, 0, negZero, math.Inf(1), 2.5,
		negZero, 0, 0, negZero}
	fmt.Println(sort.Float64sAreSorted(floats))
	sort.Float64s(floats)
	fmt.Println(floats, sort.Float64sAreSorted(floats), sort.SearchFloat64s(floats, 0), sort.SearchFloat64s(floats, nan))
	// many zeros of both signs: their final order is the algorithm's
	zs := make([]float64, 300)
	seed := 12345
	for i := range zs {
		seed = seed * 16807 % 2147483647
		switch seed % 4 {
		case 0:
			zs[i] = negZero
		case 1:
			zs[i] = float64(seed % 7)
		case 2:
			zs[i] = -float64(seed % 5)
		}
	}
	sort.Float64s(zs)
	fmt.Println(zs)
}
