package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type slow struct {
	name string
	c    chan string
}

// A String method that blocks on a channel: fmt waits with it.
func (s slow) String() string { return s.name + ":" + <-s.c }

func main() {
	c := make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			c <- fmt.Sprint("v", i)
		}
	}()
	for i := 0; i < 3; i++ {
		fmt.Println(slow{"s", c})
	}
	// two goroutines both blocked inside fmt, fed in turn
	var wg sync.WaitGroup
	out := make([]string, 2)
	feeds := []chan string{make(chan string), make(chan string)}
	for k := 0; k < 2; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			out[k] = fmt.Sprintf("%v|%v", slow{"a", feeds[k]}, slow{"b", feeds[k]})
		}(k)
	}
	feeds[1] <- "1x"
	feeds[0] <- "0x"
	feeds[0] <- "0y"
	feeds[1] <- "1y"
	wg.Wait()
	fmt.Println(out)
	// a sort.Slice less function that talks to another goroutine
	req := make(chan [2]int)
	resp := make(chan bool)
	go func() {
		for p := range req {
			resp <- p[0] < p[1]
		}
	}()
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Slice(xs, func(i, j int) bool {
		req <- [2]int{xs[i], xs[j]}
		return <-resp
	})
	close(req)
	fmt.Println(xs)
	fmt.Println(strings.Map(func(r rune) rune {
		ch := make(chan rune)
		go func() { ch <- r + 1 }()
		return <-ch
	}, "HAL"))
}
