// want: 1000
// The same writers, each write under a mutex.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var mu sync.Mutex
	done := make(chan bool)
	for g := 0; g < 2; g++ {
		go func(g int) {
			for i := 0; i < 1000; i++ {
				mu.Lock()
				m[i] = g
				mu.Unlock()
			}
			done <- true
		}(g)
	}
	<-done
	<-done
	fmt.Println(len(m))
}
