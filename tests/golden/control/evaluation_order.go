// gc evaluates the calls of a statement first, then its other operands.
package main

import "fmt"

type C struct{ n int }

func bump(c *C) int { c.n++; return c.n }

var g int

func setg() int { g = 10; return 1 }

func main() {
	c := &C{}
	fmt.Println(c.n, bump(c))
	x := 1
	f := func() int { x = 2; return 0 }
	fmt.Println(x, f())
	y := x + f()
	fmt.Println(y)
	a := []int{1, 2, 3}
	i := 0
	h := func() int { i = 2; return 0 }
	fmt.Println(a[i], h())
	z := g + setg()
	fmt.Println(z)
	s := []int{c.n, bump(c), c.n}
	fmt.Println(s)
	m := map[string]int{"k": 1}
	mm := func() int { m["k"] = 5; return 0 }
	fmt.Println(m["k"], mm())
	var arr [3]int
	idx := func() int { arr[0] = 9; return 0 }
	fmt.Println(arr[0], idx(), arr)
	str := "a"
	sf := func() string { str = "b"; return "" }
	fmt.Println(str+sf(), str)
}
