// Abuses: copying arrays of 200000 elements by assignment, through function
// parameters and results, into interfaces and through pointers.
package main

import "fmt"

type Arr [200000]int

func fill(a Arr, v int) Arr {
	for i := range a {
		a[i] += v
	}
	return a
}

func sum(a *Arr) int {
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func main() {
	var a Arr
	a[199999] = 1
	b := a
	b[199999] = 2
	c := fill(a, 1)
	fmt.Println(a[199999], b[199999], c[199999], c[0])
	fmt.Println(sum(&a), sum(&b), sum(&c))

	var i interface{} = a
	a[0] = 100
	back := i.(Arr)
	fmt.Println(back[0], a[0], back == a, back[199999])

	p := new(Arr)
	*p = c
	p[5] = -1
	fmt.Println(c[5], p[5], sum(p))
}
