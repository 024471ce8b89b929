// want: 3
// Writes handed from goroutine to goroutine through channels, a
// WaitGroup, a buffered channel used as a semaphore, and atomics: all
// ordered, never reported.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	m := map[string]int{}
	step := make(chan bool)
	go func() {
		m["a"] = 1
		step <- true
	}()
	<-step
	m["a"]++

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		m["b"] = 2
	}()
	wg.Wait()
	m["b"]++

	sem := make(chan struct{}, 1)
	var wg2 sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			sem <- struct{}{}
			m["c"] += i
			<-sem
		}(i)
	}
	wg2.Wait()

	var flag int32
	go func() {
		m["d"] = 4
		atomic.StoreInt32(&flag, 1)
	}()
	for atomic.LoadInt32(&flag) == 0 {
	}
	m["d"]++

	var once sync.Once
	var wg3 sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			once.Do(func() { m["e"] = 5 })
			_ = m["e"]
		}()
	}
	wg3.Wait()

	var rw sync.RWMutex
	var wg4 sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg4.Add(1)
		go func(i int) {
			defer wg4.Done()
			if i%2 == 0 {
				rw.Lock()
				m["f"] = i
				rw.Unlock()
			} else {
				rw.RLock()
				_ = m["f"]
				rw.RUnlock()
			}
		}(i)
	}
	wg4.Wait()
	fmt.Println(len(m) - 3)
}
