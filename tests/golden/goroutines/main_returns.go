package main

import "fmt"

func main() {
	block := make(chan int)
	for i := 0; i < 10; i++ {
		go func() { <-block }()
	}
	started := make(chan bool)
	go func() {
		started <- true
		for {
		}
	}()
	<-started
	fmt.Println("main returns while goroutines wait or spin")
}
