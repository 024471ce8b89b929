package main

import "fmt"

// Goroutines that never block still take turns: none starves the others.
func spin(id int, n int, done chan<- int) {
	x := 0
	for i := 0; i < n; i++ {
		x += i % 7
	}
	done <- id + x*0
}

func main() {
	done := make(chan int)
	for i := 0; i < 4; i++ {
		go spin(i, 2000000, done)
	}
	sum := 0
	for i := 0; i < 4; i++ {
		sum += <-done
	}
	fmt.Println(sum)
}
