// Method expressions of promoted methods: T.M and (*T).M where M comes
// from an embedded value or pointer field, at any offset and depth.
package main

import "fmt"

type T struct{ n int }

func (t T) Val() int          { return t.n }
func (t *T) Ptr() int         { return t.n * 10 }
func (t T) Add(a, b int) int  { return t.n + a + b }
func (t *T) Set(v int)        { t.n = v }

type U struct {
	pad string
	T
}
type V struct {
	pad [3]int
	*T
}
type W struct {
	x float64
	V
}

func main() {
	u := U{"p", T{1}}
	v := V{[3]int{}, &T{2}}
	w := W{1.5, V{[3]int{}, &T{3}}}
	fmt.Println(U.Val(u), (*U).Val(&u), (*U).Ptr(&u), U.Add(u, 1, 2))
	fmt.Println(V.Val(v), V.Ptr(v), (*V).Ptr(&v), V.Add(v, 10, 20))
	V.Set(v, 7)
	fmt.Println(v.n, W.Val(w), W.Ptr(w), (*W).Add(&w, 1, 1))
	(*U).Set(&u, 9)
	fmt.Println(u.n)
	f := W.Set
	f(w, 42)
	fmt.Println(w.n)
	defer func() { fmt.Println("recovered:", recover()) }()
	var nv V
	fmt.Println(V.Val(nv))
}
