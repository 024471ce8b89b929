// Unbounded recursion in a goroutine other than main: Go's stack overflow
// report, naming that goroutine.
package main

func down(n int) int { return down(n+1) + 1 }

func main() {
	go func() { down(0) }()
	select {}
}
