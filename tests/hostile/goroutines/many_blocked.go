// Two hundred thousand goroutines blocked at once, then released: they all
// fit, and they all end.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	release := make(chan bool)
	done := make(chan bool)
	for i := 0; i < 200000; i++ {
		go func() {
			<-release
			done <- true
		}()
	}
	fmt.Println(runtime.NumGoroutine())
	close(release)
	for i := 0; i < 200000; i++ {
		<-done
	}
	fmt.Println("all done")
}
