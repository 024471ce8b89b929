// A function's func value, made once and reused, stays valid after the
// collector has run while nothing else referenced it.
package main

import "fmt"

func one() int { return 1 }

func check(k int) (r int) {
	defer func() { r += k }() // a closure per call
	return 0
}

func main() {
	total := 0
	var junk [][]int
	for i := 0; i < 200000; i++ {
		f := one
		total += f()
		total += check(1)
		junk = append(junk, make([]int, 64))
		if len(junk) > 100 {
			junk = nil
		}
	}
	fmt.Println(total)
}

// golden:no-gcstress allocates too much for a collection per allocation
