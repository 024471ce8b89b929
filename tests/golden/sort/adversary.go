// McIlroy's "killer adversary" for quicksort: a less func that decides
// the order of still-unknown elements as the sort asks about them, so as
// to make every pivot bad. pdqsort then breaks patterns and, after
// log2(n) bad pivots, falls back to heapsort; the number of comparisons
// and the final order show that gos takes the same path as Go.
package main

import (
	"fmt"
	"sort"
)

func adversary(n int, stable bool) {
	gas := n
	val := make([]int, n)
	ids := make([]int, n)
	for i := range val {
		val[i] = gas
		ids[i] = i
	}
	solid, candidate, calls := 0, 0, 0
	less := func(i, j int) bool {
		calls++
		x, y := ids[i], ids[j]
		if val[x] == gas && val[y] == gas {
			if x == candidate {
				val[x] = solid
			} else {
				val[y] = solid
			}
			solid++
		}
		if val[x] == gas {
			candidate = x
		} else if val[y] == gas {
			candidate = y
		}
		return val[x] < val[y]
	}
	if stable {
		sort.SliceStable(ids, less)
	} else {
		sort.Slice(ids, less)
	}
	h := 0
	for i, id := range ids {
		h = (h*31 + id + i) % 1000000007
	}
	fmt.Println(n, stable, calls, solid, h)
}

func main() {
	for _, n := range []int{13, 50, 100, 1000, 5000} {
		adversary(n, false)
		adversary(n, true)
	}
}
