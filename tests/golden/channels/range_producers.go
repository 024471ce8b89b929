package main

import (
	"fmt"
	"sort"
)

func produce(id int, n int, out chan<- int, done chan<- bool) {
	for i := 0; i < n; i++ {
		out <- id*100 + i
	}
	done <- true
}

func main() {
	out := make(chan int)
	done := make(chan bool)
	for id := 1; id <= 3; id++ {
		go produce(id, 4, out, done)
	}
	go func() {
		for i := 0; i < 3; i++ {
			<-done
		}
		close(out)
	}()
	var got []int
	for v := range out {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println(got)
}
