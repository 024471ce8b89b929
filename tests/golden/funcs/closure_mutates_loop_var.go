// A closure that writes the (single, Go 1.19) loop variable changes the loop.
package main

import "fmt"

func main() {
	var skip func()
	for i := 0; i < 10; i++ {
		if skip == nil {
			skip = func() { i += 3 }
		}
		fmt.Print(i, " ")
		skip()
	}
	fmt.Println()
}
