// Abuses: recursion through defer: func f() { defer f() } (every return
// runs another f, each one frame deeper).
package main

import "fmt"

var calls int

func f() {
	calls++
	defer f()
}

func main() {
	fmt.Println("start")
	f()
	fmt.Println("unreachable", calls)
}
