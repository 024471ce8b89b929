// want: fatal error: concurrent map iteration and map write
// A range over a map while another goroutine writes it.
package main

import "fmt"

func main() {
	m := map[int]int{1: 1, 2: 2, 3: 3}
	done := make(chan bool)
	go func() {
		for k := range m {
			_ = k
		}
		done <- true
	}()
	m[4] = 4
	<-done
	fmt.Println(len(m))
}
