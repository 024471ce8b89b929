package main

import "fmt"

var calls int

func arr() *[40]int {
	calls++
	return nil
}

var c = func() chan *[50]int {
	c := make(chan *[50]int, 2)
	c <- nil
	c <- new([50]int)
	return c
}()

var b struct{ a [10]int }

const n1 = len(b.a) // constant: no calls or receives

var (
	n2 = len(arr())
	n3 = cap(<-c)
)

func main() {
	fmt.Println(n1, n2, n3, calls)
	fmt.Println(<-c != nil)
	var p *[7]string
	fmt.Println(len(p), cap(p))
	fmt.Println(len(arr()), calls)
	m := map[string]*[3]int{}
	fmt.Println(len(m["missing"]))
}
