// Abuses: recursion with 400 KB frames (a local [50000]int each), 100 deep,
// every level checking that its own array was not overwritten.
package main

import "fmt"

func rec(n int) int {
	var a [50000]int
	for i := range a {
		a[i] = n
	}
	s := 0
	if n > 0 {
		s = rec(n - 1)
	}
	for i := 0; i < len(a); i += 997 {
		if a[i] != n {
			panic("frame overwritten")
		}
	}
	return s + a[49999]
}

func main() {
	fmt.Println(rec(100))
}
