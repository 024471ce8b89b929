// Abuses: a 1 TiB local array, written and read at both ends (escapes to
// the heap in Go; the allocation fails at run time).
package main

import "fmt"

func main() {
	fmt.Println("start")
	var a [1 << 40]byte
	a[0] = 1
	a[len(a)-1] = 2
	fmt.Println(a[0] + a[len(a)-1])
}
