// Abuses: unbounded mutual recursion between three functions.
package main

import "fmt"

func a(n int) int { return b(n+1) + 1 }
func b(n int) int { return c(n+1) * 2 }
func c(n int) int { return a(n+1) - 3 }

func main() {
	fmt.Println(a(0))
}
