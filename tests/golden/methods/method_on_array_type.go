// Methods on a named array type, with value and pointer receivers.
package main

import "fmt"

type Vec3 [3]int

func (v Vec3) Sum() int {
	s := 0
	for _, x := range v {
		s += x
	}
	return s
}

func (v *Vec3) Double() {
	for i := range v {
		v[i] *= 2
	}
}

func main() {
	v := Vec3{1, 2, 3}
	v.Double()
	fmt.Println(v, v.Sum())
	w := v
	w.Double()
	fmt.Println(v, w)
}
