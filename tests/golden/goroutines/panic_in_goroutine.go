package main

import "fmt"

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprint("code ", e.code) }

func work(c chan int) {
	defer fmt.Println("deferred in the goroutine")
	<-c
	panic(myErr{7})
}

func main() {
	c := make(chan int)
	go work(c)
	c <- 1
	select {}
}
