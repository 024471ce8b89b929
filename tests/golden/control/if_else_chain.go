// if / else if / else chains.
package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	} else {
		return "large"
	}
}

func main() {
	for _, n := range [...]int{-5, 0, 7, 100} {
		fmt.Println(n, classify(n))
	}
}
