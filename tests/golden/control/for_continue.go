// continue skips to the post statement; break leaves the innermost loop.
package main

import "fmt"

func main() {
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				break
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
}
