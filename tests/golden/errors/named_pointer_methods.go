package main

type T struct{ f int }

func (T) M() {}

type P *T

func main() {
	var p P = &T{}
	_ = p.f
	p.M() // ERROR "p.M undefined .type P has no field or method M."
}
