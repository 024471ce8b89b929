// A goroutine panics while many others hold locks and wait on channels:
// the program ends with that goroutine's panic.
package main

import "sync"

func main() {
	var mu sync.Mutex
	c := make(chan int)
	mu.Lock()
	for i := 0; i < 100; i++ {
		go func() {
			mu.Lock()
			<-c
		}()
	}
	go func() {
		var m map[string]int
		m["x"] = 1
	}()
	<-c
}
