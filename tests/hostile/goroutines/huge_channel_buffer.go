// Channel buffers beyond what can be allocated: Go's makechan panic for
// the impossible ones, recovered; a size that is merely too big for memory
// ends in out of memory.
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	n := 1 << 40
	try(func() { _ = make(chan [1000]int64, n) })
	try(func() { _ = make(chan int, -n) })
	m := 1 << 62
	try(func() { _ = make(chan int64, m) })
	_ = make(chan int, n)
}
