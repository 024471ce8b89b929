// Dependencies through function bodies count for initialisation order.
package main

import "fmt"

var total = sum()

var values = [3]int{base, base * 2, base * 3}

var base = 5

func sum() int {
	s := 0
	for _, v := range values {
		s += v
	}
	return s
}

func main() {
	fmt.Println(total, values, base)
}
