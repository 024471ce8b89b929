package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done) // runs last: main goes on only once the rest has printed
		defer fmt.Println("deferred runs")
		defer func() { fmt.Println("recover in Goexit:", recover()) }()
		func() {
			runtime.Goexit()
		}()
		fmt.Println("never")
	}()
		defer close(done) // runs last: main goes on only once the rest has printed
	<-done
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
