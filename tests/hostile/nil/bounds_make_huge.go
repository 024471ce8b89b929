// Abuses: make with lengths whose byte size overflows or exceeds the address
// space: Go reports `makeslice: len out of range` without allocating.
package main

import "fmt"

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	huge := 1 << 60
	over := 1<<63 - 1
	try("make([]int64, 1<<60)", func() { fmt.Println(len(make([]int64, huge))) })
	try("make([]byte, MaxInt64)", func() { fmt.Println(len(make([]byte, over))) })
	try("make([][1<<30]byte, 1<<20)", func() { fmt.Println(len(make([][1 << 30]byte, 1<<20+huge-huge))) })
	try("make([]int, 0, 1<<60)", func() { fmt.Println(cap(make([]int, 0, huge))) })
	fmt.Println(len(make([]struct{ a, b int64 }, huge)))
	fmt.Println("unreachable")
}
