package main

import (
	"fmt"
	"sync"
	"time"
)

type config struct{ loaded int }

var (
	once sync.Once
	cfg  config
)

func load() {
	// a slow first call: every other Do waits for it to finish
	time.Sleep(10 * time.Millisecond)
	cfg.loaded++
}

func main() {
	var wg sync.WaitGroup
	seen := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(load)
			seen[i] = cfg.loaded
		}(i)
	}
	wg.Wait()
	fmt.Println(cfg.loaded, seen)

	// Do after a panicking first call: the call counts as done
	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("first call fails") })
	}()
	ran := false
	o.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)

	// a queue guarded by a Cond
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var queue []int
	var got []int
	done := make(chan bool)
	go func() {
		for len(got) < 6 {
			mu.Lock()
			for len(queue) == 0 {
				cond.Wait()
			}
			got = append(got, queue[0])
			queue = queue[1:]
			mu.Unlock()
		}
		done <- true
	}()
	for i := 1; i <= 6; i++ {
		mu.Lock()
		queue = append(queue, i*i)
		mu.Unlock()
		cond.Signal()
		time.Sleep(time.Millisecond)
	}
	<-done
	fmt.Println(got)

	// Broadcast wakes every waiter
	ready := 0
	var wg2 sync.WaitGroup
	start := false
	for i := 0; i < 4; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			ready++
			for !start {
				cond.Wait()
			}
			mu.Unlock()
		}()
	}
	for {
		mu.Lock()
		r := ready
		mu.Unlock()
		if r == 4 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	mu.Lock()
	start = true
	cond.Broadcast()
	mu.Unlock()
	wg2.Wait()
	fmt.Println("all woken")
}
