// Abuses: indexing with huge variable indexes: 1<<62, MaxInt64 and a uint64
// above MaxInt64 (Go prints it unsigned).
package main

import "fmt"

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	arr := [3]int{4, 5, 6}
	i := 1 << 62
	j := int64(^uint64(0) >> 1)
	var u uint64 = 1 << 63
	try("s[1<<62]", func() { fmt.Println(s[i]) })
	try("arr[MaxInt64]", func() { fmt.Println(arr[j]) })
	try("s[1<<63 unsigned]", func() { fmt.Println(s[u]) })
	try("s[i] = 0", func() { s[i] = 0 })
	fmt.Println(arr[u])
	fmt.Println("unreachable")
}
