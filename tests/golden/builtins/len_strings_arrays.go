// len of strings, arrays, pointers to arrays; len of constants is constant.
package main

import "fmt"

const greeting = "héllo"

func main() {
	var a [5]int
	var b [2][3]string
	p := &a
	s := "abc"
	fmt.Println(len(s), len(""), len(greeting), len(a), len(b), len(b[1]), len(p))
	const n = len(greeting)
	var arr [n]bool
	fmt.Println(len(arr), cap(a))
	fmt.Println(len([...]int{1, 2, 3, 9: 10}))
}
