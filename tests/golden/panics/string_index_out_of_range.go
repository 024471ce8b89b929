// Indexing a string past its length panics.
package main

import "fmt"

func main() {
	s := "héllo"
	n := len(s)
	fmt.Println(n, s[n-1])
	fmt.Println(s[n])
}
