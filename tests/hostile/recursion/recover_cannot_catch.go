// Abuses: a deferred recover around unbounded recursion: stack exhaustion is
// fatal in Go, so the deferred function never runs.
package main

import "fmt"

func down(n int) int {
	return down(n+1) + n
}

func main() {
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	fmt.Println("start")
	fmt.Println(down(0))
}
