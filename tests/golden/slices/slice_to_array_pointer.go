package main

import "fmt"

type A4 [4]byte

func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[3]int)(s)
	p[1] = 20
	fmt.Println(s, *p, len(p), cap(s))
	q := (*[2]int)(s[3:])
	q[0]++
	fmt.Println(s, *q)
	b := []byte("abcd")
	a := (*A4)(b)
	fmt.Printf("%T %s\n", a, a[:])
	var empty []int
	fmt.Println((*[0]int)(empty) == nil, (*[0]int)(s[:0]) == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = (*[6]int)(s)
}
