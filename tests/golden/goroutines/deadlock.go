package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		c <- 1
		c <- 2
	}()
	fmt.Println(<-c)
	<-c
	<-c
}
