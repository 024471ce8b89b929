// Abuses: negative variable indexes into slices, arrays and strings, and a
// negative int8 index.
package main

import "fmt"

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	s := []string{"a", "b"}
	arr := [4]byte{1, 2, 3, 4}
	str := "hello"
	i := -1
	var k int8 = -128
	try("s[-1]", func() { fmt.Println(s[i]) })
	try("arr[-1]", func() { fmt.Println(arr[i]) })
	try("str[-1]", func() { fmt.Println(str[i]) })
	try("arr[int8(-128)]", func() { fmt.Println(arr[k]) })
	i = -1 << 63
	fmt.Println(s[i])
	fmt.Println("unreachable")
}
