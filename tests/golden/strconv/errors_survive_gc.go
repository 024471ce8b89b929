// ErrRange and ErrSyntax stay the same values however much the program
// allocates (and however often the collector runs) between two uses.
package main

import (
	"fmt"
	"strconv"
)

type node struct {
	next *node
	val  [4]int
}

func churn() int {
	var keep *node
	total := 0
	for i := 0; i < 1000000; i++ {
		n := &node{next: keep}
		n.val[0] = i
		if i%1000 == 0 {
			keep = n
		}
		s := make([]string, 3)
		total += len(s)
	}
	return total
}

func main() {
	syntax := strconv.ErrSyntax
	_, err := strconv.Atoi("x")
	fmt.Println(churn())
	_, err2 := strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(churn())
	fmt.Println(syntax == strconv.ErrSyntax, err, err2)
	_, err3 := strconv.Unquote("bad")
	fmt.Println(err3 == strconv.ErrSyntax, strconv.ErrRange, strconv.ErrSyntax)
}

// golden:no-gcstress allocates too much for a collection per allocation
