// os.Args stays intact after the collector has run many times.
package main

import (
	"fmt"
	"os"
)

type node struct {
	next *node
	pad  [4]int
}

func main() {
	var keep *node
	for i := 0; i < 3000000; i++ {
		n := &node{next: keep}
		if i%1000 == 0 {
			keep = n
		}
	}
	fmt.Println(keep != nil, len(os.Args[1:]), os.Args[1:])
}

// golden:no-gcstress allocates too much for a collection per allocation
