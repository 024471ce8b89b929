// goto jumping forward over statements and between labeled blocks.
package main

import "fmt"

func check(n int) string {
	if n < 0 {
		goto negative
	}
	if n == 0 {
		goto zero
	}
	return "positive"
negative:
	return "negative"
zero:
	return "zero"
}

func main() {
	fmt.Println(check(5), check(-2), check(0))
	i := 0
retry:
	i++
	if i < 3 {
		fmt.Println("retry", i)
		goto retry
	}
	fmt.Println("gave up after", i)
}
