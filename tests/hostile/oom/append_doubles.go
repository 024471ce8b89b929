// Abuses: a 2 GiB slice appended to itself: the 4 GiB result does not fit.
package main

import "fmt"

func main() {
	s := make([]byte, 1<<31)
	s[len(s)-1] = 7
	fmt.Println(len(s), s[len(s)-1])
	s = append(s, s...)
	fmt.Println(len(s))
}
