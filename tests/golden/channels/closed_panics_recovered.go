package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Printf("%s: %v (%T) error=%v\n", name, r, r, isErr)
		if isErr {
			fmt.Println("  Error():", err.Error())
		}
	}()
	f()
}

func main() {
	c := make(chan int, 1)
	close(c)
	try("send", func() { c <- 1 })
	try("close", func() { close(c) })
	var n chan int
	try("close nil", func() { close(n) })
	try("make", func() {
		size := -1
		_ = make(chan int, size)
	})
	v, ok := <-c
	fmt.Println(v, ok)
}
