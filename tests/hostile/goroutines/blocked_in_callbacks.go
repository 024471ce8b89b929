// A thousand goroutines blocked at once inside String methods that fmt
// is calling: each keeps its library frames on a stack of its own, and
// all of them finish once released.
package main

import (
	"fmt"
	"sync"
)

type waiter struct {
	ready   *sync.WaitGroup
	release chan bool
}

func (w waiter) String() string {
	w.ready.Done()
	<-w.release
	return "w"
}

func main() {
	var ready, done sync.WaitGroup
	release := make(chan bool)
	out := make([]string, 1000)
	for i := range out {
		ready.Add(1)
		done.Add(1)
		go func(i int) {
			defer done.Done()
			out[i] = fmt.Sprint(waiter{&ready, release})
		}(i)
	}
	ready.Wait()
	close(release)
	done.Wait()
	n := 0
	for _, s := range out {
		if s == "w" {
			n++
		}
	}
	fmt.Println(n)
}
