// Function literals called immediately.
package main

import "fmt"

func main() {
	x := func(a, b int) int { return a*10 + b }(4, 2)
	fmt.Println(x)
	func() {
		fmt.Println("inside")
	}()
	msg := func() string {
		if x > 40 {
			return "big"
		}
		return "small"
	}()
	fmt.Println(msg)
}
