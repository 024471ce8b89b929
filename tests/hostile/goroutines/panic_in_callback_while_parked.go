// A goroutine parked inside a String method while another goroutine's
// sort.Slice less function panics: fmt's callback stays parked, and the
// panic ends the program naming its own goroutine.
package main

import (
	"fmt"
	"sort"
)

type parked struct{ c chan bool }

func (p parked) String() string { <-p.c; return "never" }

func main() {
	c := make(chan bool)
	go fmt.Sprint(parked{c})
	go fmt.Sprint(parked{c})
	done := make(chan bool)
	go func() {
		xs := []int{3, 1, 2}
		sort.Slice(xs, func(i, j int) bool {
			var m map[int]int
			m[i] = j
			return true
		})
		done <- true
	}()
	<-done
}
