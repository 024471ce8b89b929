// want: fatal error: concurrent map writes
// Two goroutines write one map with nothing ordering them.
package main

import "fmt"

func main() {
	m := map[int]int{}
	done := make(chan bool)
	for g := 0; g < 2; g++ {
		go func(g int) {
			for i := 0; i < 1000; i++ {
				m[i] = g
			}
			done <- true
		}(g)
	}
	<-done
	<-done
	fmt.Println(len(m))
}
