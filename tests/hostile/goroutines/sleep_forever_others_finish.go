// A goroutine sleeping for the longest duration, and select on nil
// channels with a default: main ends the program without waiting.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	go time.Sleep(math.MaxInt64)
	go func() { <-time.After(math.MaxInt64) }()
	var c chan int
	n := 0
	for i := 0; i < 100000; i++ {
		select {
		case c <- 1:
		case <-c:
		default:
			n++
		}
	}
	time.Sleep(time.Millisecond)
	fmt.Println(n)
}
