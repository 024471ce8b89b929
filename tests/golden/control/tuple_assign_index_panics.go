// A tuple assignment evaluates its index operands first and assigns left
// to right: an index out of range panics only when its turn comes.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	m := map[string]int{}
	s := []int{}
	var arr [2]int
	i := 5
	a := 0
	try("map then slice", func() { m["x"], s[1] = 1, 2 })
	fmt.Println(m)
	try("var then array", func() { a, arr[i] = 7, 1 })
	fmt.Println(a, arr)
	try("slice first", func() { s[i], a = 3, 9 })
	fmt.Println(a)
	t := []int{0, 0}
	try("both in range", func() { t[0], t[1] = t[1]+1, t[0]+2 })
	fmt.Println(t)
	try("second out", func() { t[0], t[i] = 10, 20 })
	fmt.Println(t)
	var p *[2]int
	try("nil array pointer", func() { a, p[1] = 11, 1 })
	fmt.Println(a)
	grid := [][]int{{1, 2}, {3, 4}}
	try("nested", func() { a, grid[i][0] = 12, 1 })
	fmt.Println(a, grid)
	j := -1
	try("negative", func() { t[1], t[j] = 30, 40 })
	fmt.Println(t)
	u := uint(9)
	try("unsigned", func() { t[0], t[u] = 50, 60 })
	fmt.Println(t)
}

func init() {
	var p *[2]int
	q := &[2]int{}
	try("old pointer", func() { p, p[1] = q, 1 })
	fmt.Println(p == q, q)
	p = nil
	try("old pointer, slot", func() { p, p[0] = q, 5 })
	fmt.Println(q)
	r := q
	try("new pointer", func() { r, r[0] = nil, 6 })
	fmt.Println(r == nil, q)
}
