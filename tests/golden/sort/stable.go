// sort.SliceStable keeps equal elements in order: large inputs sorted by a
// key with many duplicates, then by a second key, and the calls counted.
package main

import (
	"fmt"
	"sort"
)

type rec struct {
	a, b, id int
}

func main() {
	seed := 7
	for _, n := range []int{0, 1, 19, 20, 21, 39, 40, 41, 100, 1000, 3333} {
		rs := make([]rec, n)
		for i := range rs {
			seed = seed * 16807 % 2147483647
			rs[i] = rec{seed % 10, seed % 97, i}
		}
		calls := 0
		sort.SliceStable(rs, func(i, j int) bool { calls++; return rs[i].b < rs[j].b })
		calls2 := 0
		sort.SliceStable(rs, func(i, j int) bool { calls2++; return rs[i].a < rs[j].a })
		h := 0
		for i, r := range rs {
			h = (h*131 + r.id + i) % 1000000007
			if i > 0 {
				p := rs[i-1]
				if p.a > r.a || (p.a == r.a && p.b > r.b) {
					fmt.Println("NOT STABLE at", i)
				}
			}
		}
		fmt.Println(n, calls, calls2, h)
		if n == 41 {
			fmt.Println(rs)
		}
	}
}
