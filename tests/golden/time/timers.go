package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	select {
	case <-t.C:
		fmt.Println("timer fired")
	case <-time.After(2 * time.Second):
		fmt.Println("too late")
	}
	fmt.Println("stop after firing:", t.Stop())

	t2 := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t2.Stop(), t2.Stop())
	fmt.Println("reset stopped:", t2.Reset(10*time.Millisecond))
	<-t2.C
	fmt.Println("reset timer fired")

	done := make(chan string)
	f := time.AfterFunc(10*time.Millisecond, func() { done <- "afterfunc ran" })
	fmt.Println(<-done, f.C == nil)
	g := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stopped afterfunc:", g.Stop())

	tick := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
	tick.Reset(5 * time.Millisecond)
	<-tick.C
	tick.Stop()
	fmt.Println("ticker reset")

	c := time.Tick(5 * time.Millisecond)
	<-c
	<-c
	fmt.Println("tick twice", time.Tick(0) == nil, time.Tick(-1) == nil)

	timeout := time.After(30 * time.Millisecond)
	work := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case work <- i:
			case <-time.After(time.Second):
				return
			}
		}
	}()
	got := 0
loop:
	for {
		select {
		case <-work:
			got++
		case <-timeout:
			break loop
		}
	}
	fmt.Println("worked until the timeout:", got > 0)
}
