package main

import "fmt"

type E struct{ n int }

func (e E) Error() string { panic(fmt.Sprint("bad error ", e.n)) }

func main() {
	fmt.Println("start")
	panic(E{3})
}
