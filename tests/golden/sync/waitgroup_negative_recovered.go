package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%v %T\n", r, r)
	}()
	var wg sync.WaitGroup
	wg.Add(-1)
}
