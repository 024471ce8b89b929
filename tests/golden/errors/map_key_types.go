package main

type A struct{ b B } // ERROR "invalid recursive type A"
type B struct {
	p *A
	a A
}
type E *E
type F []F
type G map[string]G
type H struct{ m map[H]int } // ERROR "invalid map key type H"
type I chan I
type J struct{ k *K }
type K = J
type L struct{ m M }
type M [2]*L
type N map[O]bool // ERROR "invalid map key type O"
type O struct{ f func() }
type P map[Q]bool
type Q struct{ n int }

func main() {
	type R struct{ m map[R]int } // ERROR "invalid map key type R"
	var e E
	var f F
	var g G
	var i I
	var r R
	_, _, _, _, _ = e, f, g, i, r
}
