package main

import (
	"fmt"
	"sync"
)

// A mutex held across a channel handshake: the goroutines that wait for it
// all get it, one at a time, and the total is exact.
func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	step := make(chan int)
	mu.Lock()
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			step <- i
			mu.Lock()
			total += i
			mu.Unlock()
		}(i)
	}
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-step
	}
	mu.Unlock()
	wg.Wait()
	fmt.Println(sum, total)
}
