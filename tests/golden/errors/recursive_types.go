package main

type T struct { // ERROR "invalid recursive type T"
	n int
	k T
}

type A [2]A // ERROR "invalid recursive type A"

type P struct{ q Q } // ERROR "invalid recursive type P"
type Q struct{ p P }

type L struct{ next *L } // fine: through a pointer

func main() {}
