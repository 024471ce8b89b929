// Abuses: unbounded recursion where every frame holds a 64 KB local array,
// so the stack limit is reached after few calls.
package main

import "fmt"

func f(n int) byte {
	var buf [65536]byte
	buf[n%65536] = byte(n)
	return f(n+1) + buf[(n*7)%65536]
}

func main() {
	fmt.Println(f(0))
}
