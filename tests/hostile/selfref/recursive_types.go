// Abuses: recursive types that are legal: a slice of itself, a map of
// itself, a func taking and returning itself, a pointer to itself, an
// interface returning itself.
package main

import "fmt"

type S []S
type M map[string]M
type F func(F) F
type P *P
type I interface{ Next() I }

type impl struct{ n int }

func (x impl) Next() I {
	if x.n == 0 {
		return nil
	}
	return impl{x.n - 1}
}

func main() {
	s := S{S{}, S{S{}, nil}}
	s = append(s, s)
	fmt.Println(len(s), len(s[1]), len(s[2]), len(s[2][1]), s[1][1] == nil)

	m := M{}
	m["me"] = m
	fmt.Println(len(m["me"]["me"]["me"]))

	var f F
	f = func(g F) F {
		if g == nil {
			return f
		}
		return nil
	}
	fmt.Println(f(nil) != nil, f(f) == nil)

	var p P
	p = &p
	fmt.Println(*p == p, **p == p, p != nil)

	var it I = impl{3}
	steps := 0
	for it != nil {
		it = it.Next()
		steps++
	}
	fmt.Println(steps)
}
