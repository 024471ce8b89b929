// Pointers to struct fields, including nested fields.
package main

import "fmt"

type Inner struct{ N int }

type Outer struct {
	Name string
	In   Inner
}

func main() {
	o := Outer{"o", Inner{1}}
	pn := &o.Name
	pi := &o.In
	pv := &o.In.N
	*pn = "renamed"
	pi.N = 5
	*pv *= 3
	fmt.Println(o)
	po := &o
	po.In.N = 0
	fmt.Println(o.In.N, *pv)
}
