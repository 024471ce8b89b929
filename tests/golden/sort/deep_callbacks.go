// Funcs and methods the sort package calls back may need a far deeper
// stack than their caller had; results must still land where they belong.
package main

import (
	"fmt"
	"sort"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [8]int
	pad[n%8] = n
	return depth(n-1) + 1 + pad[0]*0
}

type deep []int

func (d deep) Len() int           { return len(d) - depth(30000) + 30000 }
func (d deep) Less(i, j int) bool { return d[i]+depth(20000) < d[j]+20000 }
func (d deep) Swap(i, j int)      { d[i], d[j] = d[j], d[i] }

func main() {
	i := sort.Search(1000, func(h int) bool { return h+depth(40000) >= 40000+377 })
	fmt.Println(i)
	j, found := sort.Find(1000, func(h int) int { return 377 - h + depth(40000) - 40000 })
	fmt.Println(j, found)
	xs := []int{1, 2, 3, 5, 4}
	fmt.Println(sort.SliceIsSorted(xs, func(a, b int) bool { return xs[a]+depth(30000) < xs[b]+30000 }))
	d := deep{5, 3, 9, 1, 7, 2}
	sort.Sort(d)
	fmt.Println(d, sort.IsSorted(d))
	var r sort.Interface = sort.Reverse(d)
	fmt.Println(r.Len(), r.Less(0, 1), r.Less(1, 0))
	sort.Sort(r)
	fmt.Println(d)
}

// golden:no-gcstress allocates too much for a collection per allocation
