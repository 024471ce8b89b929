// Calling a method promoted through a nil embedded pointer, via an
// interface: the panic is reported in the caller (wrappers are hidden).
package main

import "fmt"

type In struct{ v int }

func (i In) Get() int { return i.v }

type Out struct{ *In }

func main() {
	o := Out{&In{3}}
	fmt.Println(o.Get())
	var g interface{ Get() int } = Out{}
	fmt.Println("calling")
	fmt.Println(g.Get())
}
