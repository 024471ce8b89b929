// A closure that calls itself through a previously declared variable.
package main

import "fmt"

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	var hanoi func(n int, from, to, via string) int
	hanoi = func(n int, from, to, via string) int {
		if n == 0 {
			return 0
		}
		moves := hanoi(n-1, from, via, to)
		if n == 3 {
			fmt.Println("move disk 3 from", from, "to", to)
		}
		return moves + 1 + hanoi(n-1, via, to, from)
	}
	fmt.Println(hanoi(4, "A", "C", "B"))
}
