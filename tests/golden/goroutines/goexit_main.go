package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer fmt.Println("deferred runs")
		defer func() { fmt.Println("recover in Goexit:", recover()) }()
		func() {
			runtime.Goexit()
		}()
		fmt.Println("never")
	}()
	go func() {
		defer close(done)
	}()
	<-done
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
