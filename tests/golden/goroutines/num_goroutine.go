package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	block := make(chan bool)
	ready := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() {
			ready <- true
			<-block
		}()
	}
	for i := 0; i < 5; i++ {
		<-ready
	}
	fmt.Println(runtime.NumGoroutine())
	close(block)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println(runtime.NumGoroutine())
}
