// Abuses: valid recursion 100000 levels deep (a plain function, then one
// with several arguments and locals live across the call). Must complete.
package main

import "fmt"

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

func mix(n int, a, b float64, s string) (int, string) {
	if n == 0 {
		return 0, s
	}
	x := a*2 + b
	k, t := mix(n-1, b, a, s)
	if n%25000 == 0 {
		t += "|"
	}
	return k + int(x) - int(x) + 1, t
}

func main() {
	fmt.Println(sum(100000))
	fmt.Println(mix(100000, 1.5, 2.5, "end"))
}
