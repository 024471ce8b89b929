package main

import (
	"fmt"
	"runtime"
	"sync"
)

type quitter struct{}

// A String method that ends its goroutine: fmt does not catch a Goexit as
// it catches a panic.
func (quitter) String() string {
	runtime.Goexit()
	return "never"
}

func main() {
	var wg sync.WaitGroup
	results := make(chan string, 10)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer func() {
				results <- fmt.Sprint("worker ", i, " deferred, recover: ", recover())
			}()
			if i == 1 {
				runtime.Goexit()
			}
			results <- fmt.Sprint("worker ", i, " finished")
		}(i)
	}
	wg.Wait()
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { results <- "stringer goroutine deferred" }()
		fmt.Println(quitter{})
		results <- "never printed"
	}()
	wg.Wait()
	close(results)
	var all []string
	for r := range results {
		all = append(all, r)
	}
	for _, want := range []string{"worker 0 finished", "worker 2 finished", "worker 1 deferred, recover: <nil>", "stringer goroutine deferred"} {
		found := false
		for _, r := range all {
			found = found || r == want
		}
		fmt.Println(want, found)
	}
	fmt.Println(len(all))
}
