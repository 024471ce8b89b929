package main

import (
	"fmt"
	"sort"
	"strings"
)

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

var depth int

// a callback 10,000 calls deep through a native
func nest(s string) string {
	return strings.Map(func(r rune) rune {
		if depth < 10000 {
			depth++
			nest("x")
		}
		return r + 1
	}, s)
}

type T struct{ n int }

func (t T) String() string {
	if t.n == 0 {
		return "0"
	}
	return fmt.Sprint(t.n, ",", T{t.n - 1})
}

func main() {
	fmt.Println(sum(200000))
	fmt.Println(nest("a"), depth)
	s := T{2000}.String()
	fmt.Println(len(s), s[:20])
	// sort calling sort from its less function, 500 deep
	var sorts int
	var less func(i, j int) bool
	data := []int{5, 2, 8, 1}
	less = func(i, j int) bool {
		if sorts < 500 {
			sorts++
			sort.Slice([]int{3, 1, 2}, less)
		}
		return data[i] < data[j]
	}
	sort.Slice(data, less)
	fmt.Println(data, sorts)
	var x, y interface{} = 0, 0
	for i := 0; i < 100000; i++ {
		x = [1]interface{}{x}
		y = [1]interface{}{y}
	}
	fmt.Println(x == y)
	m := map[interface{}]int{x: 1}
	fmt.Println(m[y])
}

// golden:no-gcstress allocates too much for a collection per allocation
