package main

import (
	"fmt"
	"sync"
	"time"
)

// Sleeping goroutines wake in the order of their deadlines, and a sleep
// lets the others run.
func main() {
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for _, d := range []int{30, 10, 50, 20, 40} {
		wg.Add(1)
		go func(d int) {
			defer wg.Done()
			time.Sleep(time.Duration(d) * time.Millisecond)
			mu.Lock()
			order = append(order, d)
			mu.Unlock()
		}(d)
	}
	wg.Wait()
	fmt.Println(order)
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 2*time.Second)
	time.Sleep(0)
	time.Sleep(-5)
	fmt.Println("done")
}
