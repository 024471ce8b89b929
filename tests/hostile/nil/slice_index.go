// Abuses: indexing, slicing and writing a nil slice.
package main

import "fmt"

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	var s []int
	fmt.Println(len(s), cap(s), s == nil, s[:], s[0:0])
	fmt.Println(append(s, 1))
	i := 0
	try("s[i]", func() { fmt.Println(s[i]) })
	try("s[i] = 1", func() { s[i] = 1 })
	try("s[:1]", func() { fmt.Println(s[:i+1]) })
	fmt.Println(s[i])
	fmt.Println("unreachable")
}
