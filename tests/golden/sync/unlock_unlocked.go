package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recover cannot stop a fatal error:", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	mu.Unlock()
}
