package main

import "fmt"

type point struct {
	x, y int
	name string
}

type shape interface{ area() float64 }
type sq float64

func (s sq) area() float64 { return float64(s * s) }

func main() {
	ps := make(chan point, 1)
	ps <- point{1, 2, "p"}
	fmt.Println(<-ps)

	as := make(chan [3]int)
	go func() { as <- [3]int{7, 8, 9} }()
	fmt.Println(<-as)

	is := make(chan shape, 2)
	is <- sq(3)
	is <- nil
	s := <-is
	fmt.Println(s.area(), <-is == nil)

	cs := make(chan chan string, 1)
	inner := make(chan string, 1)
	cs <- inner
	(<-cs) <- "through a channel of channels"
	fmt.Println(<-inner)

	es := make(chan struct{})
	go func() { es <- struct{}{} }()
	fmt.Println(<-es)

	fs := make(chan func(int) int, 1)
	fs <- func(x int) int { return x * 2 }
	fmt.Println((<-fs)(21))

	anys := make(chan any, 3)
	anys <- 1
	anys <- "two"
	anys <- 3.0
	close(anys)
	for v := range anys {
		fmt.Printf("%T %v\n", v, v)
	}
	bs := make(chan byte, 1)
	bs <- 255
	b, ok := <-bs
	fmt.Println(b, ok)
	cplx := make(chan complex128, 1)
	cplx <- 1 + 2i
	fmt.Println(<-cplx)
}
