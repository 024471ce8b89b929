// Ten goroutines, each 200,000 calls deep at once: every goroutine's stack
// grows on its own, and all of them finish.
package main

import "fmt"

func depth(n int, ready chan<- bool, release <-chan bool) int {
	if n == 0 {
		ready <- true
		<-release
		return 0
	}
	return depth(n-1, ready, release) + 1
}

func main() {
	ready := make(chan bool)
	release := make(chan bool)
	done := make(chan int)
	for i := 0; i < 10; i++ {
		go func() { done <- depth(200000, ready, release) }()
	}
	for i := 0; i < 10; i++ {
		<-ready
	}
	close(release)
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-done
	}
	fmt.Println(sum)
}
