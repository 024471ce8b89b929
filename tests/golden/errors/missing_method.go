// Interface satisfaction failures, worded as gc words them.
package main

type I interface {
	M()
	N(int) string
}

type T struct{}

func (T) N() string { return "" }
func (*T) m()       {}

type U struct{}

func (U) n(int) string { return "" }

type P struct{}

func (*P) M()           {}
func (*P) N(int) string { return "" }

type A struct{}

func (A) M() {}

type B struct{}

func (B) M() {}

type C struct {
	A
	B
}

type D struct{ A }

func main() {
	var _ I = T{}  // ERROR "cannot use T\{\} \(value of type T\) as type I in variable declaration:"
	var _ I = U{}  // ERROR "cannot use U\{\} \(value of type U\) as type I in variable declaration:"
	var _ I = &T{} // ERROR "cannot use &T\{\} \(value of type \*T\) as type I in variable declaration:"
	var x interface{ M() }
	var _ I = x   // ERROR "cannot use x \(variable of type interface\{M\(\)\}\) as type I in variable declaration:"
	var _ I = P{} // ERROR "cannot use P\{\} \(value of type P\) as type I in variable declaration:"
	var _ I = &P{}
	var c C
	c.M() // ERROR "ambiguous selector c.M"
	var d D
	d.M()
	var _ interface{ M() } = d
}
