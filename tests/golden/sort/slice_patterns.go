// sort.Slice on inputs shaped to exercise every path of pdqsort: short
// ranges (insertion sort), sorted and reversed runs, nearly sorted data,
// organ pipes, sawtooths, few distinct keys (the equal-elements
// partition), and adversarial-looking data that unbalances partitions
// (pattern breaking, heapsort). Elements carry their original index, so
// the final order of equal keys and the number of calls to less are
// printed exactly.
package main

import (
	"fmt"
	"sort"
)

type item struct {
	key, id int
}

var seed = 42

func rand(n int) int {
	seed = seed * 16807 % 2147483647
	return seed % n
}

func run(name string, keys []int) {
	items := make([]item, len(keys))
	for i, k := range keys {
		items[i] = item{k, i}
	}
	calls := 0
	sort.Slice(items, func(i, j int) bool {
		calls++
		return items[i].key < items[j].key
	})
	h := 0
	for i, it := range items {
		h = (h*31 + it.id*7 + i) % 1000000007
		if i > 0 && items[i-1].key > it.key {
			fmt.Println("NOT SORTED", name)
		}
	}
	ok := sort.SliceIsSorted(items, func(i, j int) bool { return items[i].key < items[j].key })
	fmt.Println(name, len(keys), calls, h, ok)
}

func main() {
	for _, n := range []int{0, 1, 2, 3, 7, 8, 12, 13, 20, 49, 50, 51, 100, 1000, 4000} {
		random := make([]int, n)
		sorted := make([]int, n)
		reversed := make([]int, n)
		few := make([]int, n)
		organ := make([]int, n)
		saw := make([]int, n)
		nearly := make([]int, n)
		equal := make([]int, n)
		for i := 0; i < n; i++ {
			random[i] = rand(1000)
			sorted[i] = i / 3
			reversed[i] = n - i/2
			few[i] = rand(4)
			if i < n/2 {
				organ[i] = i
			} else {
				organ[i] = n - i
			}
			saw[i] = i % 17
			nearly[i] = i
			equal[i] = 7
		}
		for k := 0; k < 3 && n > 0; k++ {
			a, b := rand(n), rand(n)
			nearly[a], nearly[b] = nearly[b], nearly[a]
		}
		run("random", random)
		run("sorted", sorted)
		run("reversed", reversed)
		run("few", few)
		run("organ", organ)
		run("saw", saw)
		run("nearly", nearly)
		run("equal", equal)
	}
	// a median-of-3 killer style input: unbalanced partitions, then heapsort
	n := 2000
	killer := make([]int, n)
	for i := range killer {
		if i%2 == 0 {
			killer[i] = i
		} else {
			killer[i] = n + i
		}
	}
	for i := 0; i < n/2; i++ {
		killer[i], killer[n-1-i] = killer[n-1-i]*3%n, killer[i]
	}
	run("killer", killer)
	pushFront := make([]int, 3000)
	for i := range pushFront {
		pushFront[i] = i + 1
	}
	pushFront[2999] = 0
	run("pushfront", pushFront)
}
