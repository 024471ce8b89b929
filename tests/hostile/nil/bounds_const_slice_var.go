// Abuses: constant indexes that are legal at compile time on a slice but out
// of range at run time, including one that does not fit in 32 bits.
package main

import "fmt"

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	s := make([]int, 3)
	try("s[3]", func() { fmt.Println(s[3]) })
	try("s[70000]", func() { s[70000] = 1 })
	try("s[1<<40]", func() { fmt.Println(s[1<<40]) })
	fmt.Println(s[1<<33])
	fmt.Println("unreachable")
}
