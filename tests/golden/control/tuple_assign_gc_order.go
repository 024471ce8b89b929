// Tuple assignments as gc orders them: which side effects happen before a
// panic, and which values are read before the stores.
package main

import "fmt"

var g []int
var gi int

type T struct {
	a [3]int
	p *T
	s []int
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "->", r)
		}
	}()
	f()
}

func named() (x int, err error) {
	defer func() { recover() }()
	s := []int{}
	i := 3
	x, s[i] = 5, 1
	return
}

func namedNoDefer(s []int) (x int) {
	x, s[0] = 7, x
	return
}

func main() {
	// swaps through memory
	s := []int{1, 2, 3}
	i, j := 0, 2
	s[i], s[j] = s[j], s[i]
	fmt.Println(s)
	g = []int{4, 5, 6}
	g[0], g[1], g[2] = g[2], g[0], g[1]
	fmt.Println(g)
	// a variable assigned earlier is read before
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	i, s[i] = 2, 9
	fmt.Println(i, s)
	// a global written earlier, then read through memory
	gi = 1
	gi, s[gi] = 0, 8
	fmt.Println(gi, s)
	// panics: which assignments happened
	var empty []int
	x := 0
	try("local then index", func() { x, empty[5] = 1, 2 })
	fmt.Println(x)
	y := 0
	try("index then local", func() { empty[5], y = 2, 1 })
	fmt.Println(y)
	z := 0
	try("rhs index after", func() { z, y = 3, empty[1] })
	fmt.Println(z, y)
	g = []int{1}
	try("global then rhs", func() { g, z = nil, g[0] })
	fmt.Println(g == nil, z)
	g = []int{1}
	try("global then rhs 2", func() { g, z = []int{}, len(g) })
	fmt.Println(len(g), z)
	// struct fields and arrays
	var t T
	t.p = &T{}
	k := 1
	t.a[k], k = 10, 2
	fmt.Println(t.a, k)
	t.p.a[0], t.p = 5, nil
	fmt.Println(t.a)
	try("nil field pointer", func() { t.s, t.p.a[0] = []int{1}, 3 })
	fmt.Println(t.s)
	var m map[string]int
	try("nil map late", func() { x, m["a"] = 4, 1 })
	fmt.Println(x)
	fmt.Println(named())
	fmt.Println(namedNoDefer([]int{0}))
	// calls come first, in order
	calls := ""
	f := func(c string, v int) int { calls += c; return v }
	s[f("a", 0)], s[f("b", 1)] = f("c", 7), f("d", 8)
	fmt.Println(calls, s)
	try("call then panic", func() { x, empty[f("e", 0)] = f("f", 1), f("g", 2) })
	fmt.Println(calls, x)
}
