package main

type A [len(A{})]int // ERROR "illegal cycle in type declaration"

type B [len(B(nil))]int // ERROR "cannot convert nil to type B"

type C [len(make(C, 1))]int // ERROR "cannot make C; type must be slice, map, or channel"

type D struct {
	a [len(D{}.b)]int // ERROR "illegal cycle in type declaration"
	b []int
}

func main() {}
