package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan string)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			in <- i
		}
		fmt.Println("worker:", <-out)
		quit <- true
	}()
	count := 0
	for {
		select {
		case v := <-in:
			fmt.Println("in", v)
			count++
		case out <- fmt.Sprint("count=", count):
			fmt.Println("out sent")
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}
