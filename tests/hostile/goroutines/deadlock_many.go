// Ten thousand goroutines blocked on one channel nobody sends on: Go's
// deadlock report lists them all and the program exits with status 2.
package main

func main() {
	c := make(chan int)
	for i := 0; i < 10000; i++ {
		go func() { <-c }()
	}
	<-c
}
