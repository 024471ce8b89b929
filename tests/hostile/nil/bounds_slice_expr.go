// Abuses: out-of-range 2-index slice expressions on slices and arrays:
// beyond capacity, beyond length but within capacity (legal), inverted.
package main

import "fmt"

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	s := make([]int, 2, 5)
	arr := [4]int{1, 2, 3, 4}
	hi, lo := 6, 3
	fmt.Println(len(s[:5]), "(beyond len, within cap)")
	try("s[:hi]", func() { fmt.Println(s[:hi]) })
	try("s[lo:2]", func() { fmt.Println(s[lo:2]) })
	try("s[hi:]", func() { fmt.Println(s[hi:]) })
	try("arr[:hi]", func() { fmt.Println(arr[:hi]) })
	try("arr[lo:1]", func() { fmt.Println(arr[lo:1]) })
	big := 1 << 62
	try("s[big:]", func() { fmt.Println(s[big:]) })
	fmt.Println(s[lo:hi])
	fmt.Println("unreachable")
}
