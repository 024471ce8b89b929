// Abuses: out-of-range index and slice expressions on strings: past the end,
// inverted bounds, and the error text for each.
package main

import "fmt"

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	str := "hello, world"
	i, j := 20, 3
	try("str[i]", func() { fmt.Println(str[i]) })
	try("str[:i]", func() { fmt.Println(str[:i]) })
	try("str[i:]", func() { fmt.Println(str[i:]) })
	try("str[j:j-1]", func() { fmt.Println(str[j:j-1]) })
	try("str[len(str)]", func() { fmt.Println(str[len(str)]) })
	fmt.Println(str[len(str):], "(empty is fine)")
	fmt.Println(str[j:i])
	fmt.Println("unreachable")
}
