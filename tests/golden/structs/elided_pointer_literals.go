// {...} for an element of pointer type *T in a composite literal means &T{...}.
package main

import "fmt"

type R struct{ a, b int }
type P struct{ X, Y int }

func main() {
	rs := []*R{{1, 2}, {a: 3}}
	fmt.Println(*rs[0], *rs[1], len(rs))
	m := map[string]*P{"o": {0, 0}, "x": {X: 1}}
	fmt.Println(*m["o"], m["x"].X)
	arr := [2]*P{{1, 1}, nil}
	fmt.Println(arr[0].Y, arr[1] == nil)
	mk := map[P]string{{1, 2}: "a"}
	fmt.Println(mk)
	nested := [][]*R{{{5, 6}}}
	fmt.Println(nested[0][0].b)
}
