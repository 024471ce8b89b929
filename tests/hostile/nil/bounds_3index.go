// Abuses: 3-index slice expressions with a max past the capacity, a high past
// the max, a low past the high, and on an array pointer.
package main

import "fmt"

func try(what string, f func()) {
	defer func() { fmt.Println(what, "recovered:", recover()) }()
	f()
}

func main() {
	s := make([]int, 4, 6)
	arr := &[5]int{}
	a, b, c := 1, 3, 7
	t := s[a:b:6]
	fmt.Println(len(t), cap(t))
	try("s[a:b:c]", func() { fmt.Println(s[a:b:c]) })
	try("s[a:c:6]", func() { fmt.Println(s[a:c:6]) })
	try("s[b:a:6]", func() { fmt.Println(s[b:a:6]) })
	try("s[a:b:a]", func() { fmt.Println(s[a:b:a]) })
	try("arr[a:b:c]", func() { fmt.Println(arr[a:b:c]) })
	t = t[:cap(t)]
	fmt.Println(len(t))
	fmt.Println(s[0:0:c])
	fmt.Println("unreachable")
}
