package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- string) {
	for {
		n, ok := <-in
		if !ok {
			done <- name + " saw close"
			return
		}
		if n >= 10 {
			close(out)
			done <- name + " closed at " + fmt.Sprint(n)
			return
		}
		fmt.Println(name, n)
		out <- n + 1
	}
}

func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan string)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 0
	a, b := <-done, <-done
	if a > b {
		a, b = b, a
	}
	fmt.Println(a)
	fmt.Println(b)
	fmt.Println(len(ping), cap(ping))
}
