// Every call sort.Slice and sort.SliceStable make to less, in order, on
// small inputs: the exact sequence of comparisons is Go's.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func trace(name string, xs []int, stable bool) {
	var calls []string
	less := func(i, j int) bool {
		calls = append(calls, fmt.Sprint(i, j))
		return xs[i]/2 < xs[j]/2
	}
	if stable {
		sort.SliceStable(xs, less)
	} else {
		sort.Slice(xs, less)
	}
	fmt.Println(name, xs)
	fmt.Println(len(calls), strings.Join(calls, ","))
}

func main() {
	seed := 99
	for _, n := range []int{5, 13, 30, 60} {
		xs := make([]int, n)
		ys := make([]int, n)
		for i := range xs {
			seed = seed * 48271 % 2147483647
			xs[i] = seed % 40
			ys[i] = xs[i]
		}
		trace(fmt.Sprint("slice", n), xs, false)
		trace(fmt.Sprint("stable", n), ys, true)
	}
	down := make([]int, 55)
	for i := range down {
		down[i] = 200 - i
	}
	trace("down", down, false)
}
