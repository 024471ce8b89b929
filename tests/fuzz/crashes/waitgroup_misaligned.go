// fuzz_session: UndefinedBehaviorSanitizer: misaligned-pointer-use in addWaitGroup (stdlib/sync/sync.cpp): sync.WaitGroup was a 4-aligned Go type while its natives read an 8-aligned C++ struct, so a WaitGroup placed after a 4-byte value was misaligned; it is now 8-aligned, as in Go
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *counterm: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				c.inc(fmt.Sprint("k", i%3))
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.m["k0"], c.m["k1"], c.m["k2"])

	e := &embedded{}
	var wg2 sync.WaitGroup
	wg2.Add(10)
	for i := 0; i < 10; i++ {
		go func() {
			for j := 0; j < 100; j++ {
				e.Lock()
				e.n++
		switch x := 
			}
			wg2.Done()
		}()
	}
	wg2.Wait()
	fmt.Println(e.n)

	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	var l sync.Locker = &mu
	l.Lock()
	fmt.Println(mu.TryLock())
	l.Unlock()
	fmt.Println(mu.TryLock())
}
