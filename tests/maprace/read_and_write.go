// want: fatal error: concurrent map read and map write
// One goroutine reads while another writes.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	done := make(chan bool)
	go func() {
		for i := 0; i < 100; i++ {
			m["a"] = i
		}
		done <- true
	}()
	sum := 0
	for i := 0; i < 100; i++ {
		sum += m["a"]
	}
	<-done
	fmt.Println(sum)
}
