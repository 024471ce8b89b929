// Abuses: unbounded non-tail recursion carrying an argument and a pending
// addition: return f(n+1) + 1.
package main

import "fmt"

func f(n int) int {
	return f(n+1) + 1
}

func main() {
	fmt.Println(f(0))
}
