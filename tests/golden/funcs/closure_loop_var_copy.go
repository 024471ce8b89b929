// Copying the loop variable (i := i) gives each closure its own variable.
package main

import "fmt"

func main() {
	var fs [3]func() int
	for i := 0; i < 3; i++ {
		i := i
		fs[i] = func() int { return i * 10 }
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var hs [3]func() int
	for i := 0; i < 3; i++ {
		hs[i] = func(n int) func() int {
			return func() int { return n }
		}(i)
	}
	fmt.Println(hs[0](), hs[1](), hs[2]())
}
