// A slice expression out of range: s[:hi:max] with hi > max.
package main

import "fmt"

func main() {
	var a [5]int
	s := a[:4]
	str := "abc"
	lo, hi, n := 2, 1, 7
	fmt.Println("before", len(s), len(str), lo, hi, n)
	fmt.Println(s[: n-4 : hi])
}
