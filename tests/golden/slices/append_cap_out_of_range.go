package main

import "fmt"

const maxInt = int(^uint(0) >> 1)

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	s := make([]struct{}, maxInt)
	fmt.Println(len(s), cap(s))
	try("one more", func() { s = append(s, struct{}{}) })
	try("spread", func() { s = append(s, make([]struct{}, 1)...) })
	t := make([]struct{}, maxInt-1)
	t = append(t, struct{}{})
	fmt.Println(len(t), cap(t) == maxInt)
	try("past", func() { t = append(t, struct{}{}, struct{}{}) })
	var a [0]int
	u := make([][0]int, 5)
	u = append(u, a)
	fmt.Println(len(u))
	try("huge make", func() { _ = make([]int64, maxInt/4) })
}
