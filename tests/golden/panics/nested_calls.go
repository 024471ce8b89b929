// A panic deep inside nested calls ends the program; output before it stays.
package main

import "fmt"

func level3(n int) int {
	if n == 0 {
		panic("reached the bottom")
	}
	return n
}

func level2(n int) int { return level3(n-1) + 1 }

func level1(n int) int {
	fmt.Println("level1", n)
	return level2(n) * 2
}

func main() {
	fmt.Println(level1(5))
	fmt.Println(level1(1))
	fmt.Println("never printed")
}
