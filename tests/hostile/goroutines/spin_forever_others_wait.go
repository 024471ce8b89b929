// A goroutine that spins forever cannot keep main from running: main
// finishes its work (preemption) and the program ends.
package main

import "fmt"

func main() {
	go func() {
		for {
		}
	}()
	c := make(chan int)
	go func() {
		s := 0
		for i := 0; i < 1000000; i++ {
			s += i
		}
		c <- s
	}()
	fmt.Println(<-c)
}
