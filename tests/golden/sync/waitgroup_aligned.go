package main

import (
	"fmt"
	"sync"
)

var x int32
var wg sync.WaitGroup

type S struct {
	a  int32
	w  sync.WaitGroup
}

func main() {
	var s S
	s.w.Add(2)
	wg.Add(1)
	go func() { s.w.Done(); s.w.Done(); wg.Done() }()
	s.w.Wait()
	wg.Wait()
	fmt.Println(x, s.a, "done")
}
