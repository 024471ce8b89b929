// Named results: zero-initialised, bare return, assignment before return.
package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zero() (n int, s string, ok bool) {
	return
}

func override() (n int) {
	n = 5
	return n * 2
}

func counter(limit int) (count int) {
	for i := 0; i < limit; i++ {
		count += i
	}
	return
}

func main() {
	fmt.Println(split(17))
	fmt.Println(zero())
	fmt.Println(override(), counter(5))
}
