package main

import "fmt"

type Inner struct{ x, y int }

func (in *Inner) Y() int { return in.y }

type T struct {
	id    int
	name  string
	a     [4]int
	s     []int
	in    Inner
	inner *Inner
	*Inner
}

func try(what string, f func()) {
	defer func() { fmt.Println(what, "->", recover()) }()
	f()
}

func main() {
	var p *T
	i := 2
	try("load string field", func() { fmt.Println(p.name) })
	try("len of string field", func() { fmt.Println(len(p.name)) })
	try("store string field", func() { p.name = "x" })
	try("load int field", func() { fmt.Println(p.id) })
	try("array field, constant index", func() { fmt.Println(p.a[2]) })
	try("array field, variable index", func() { fmt.Println(p.a[i]) })
	try("store array element", func() { p.a[i] = 7 })
	try("whole array field", func() { fmt.Println(p.a) })
	try("append to slice field", func() { p.s = append(p.s, 1) })
	try("address of field", func() { q := &p.name; fmt.Println(q == nil) })
	try("address of first field", func() { q := &p.id; fmt.Println(q == nil) })
	try("address of deref", func() { var ip *int; q := &*ip; fmt.Println(q == nil) })
	try("struct field of struct", func() { fmt.Println(p.in.y) })
	try("struct field value", func() { fmt.Println(p.in) })
	try("through nil embedded pointer", func() { t := &T{}; fmt.Println(t.inner.y) })
	try("promoted method through nil embedded pointer", func() { t := &T{}; fmt.Println(t.Y()) })
	try("promoted method through nil outer", func() { fmt.Println(p.Y()) })
	try("pointer to array", func() { var pa *[3]string; fmt.Println(pa[1]) })
	try("range over nil pointer to array", func() {
		var pa *[3]int
		for i, v := range pa {
			fmt.Println(i, v)
		}
	})
	fmt.Println("done")
}
