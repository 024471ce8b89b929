package main

import "fmt"

func gen(n int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for i := 0; i < n; i++ {
			c <- i
		}
	}()
	return c
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func sink(c chan<- string, s string) { c <- s }

func main() {
	for v := range square(square(gen(5))) {
		fmt.Println(v)
	}
	c := make(chan string, 1)
	var send chan<- string = c
	var recv <-chan string = c
	sink(send, "hello")
	fmt.Println(<-recv)
	fmt.Printf("%T %T %T\n", c, send, recv)
	fmt.Println(send == c, recv == c)
}
