// A single assignment evaluates its right side before it checks an index on
// its left, as gc does (a compound assignment reads its left side first).
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	var s []int
	t := []int{1}
	i, j := 5, 7
	try("slice = slice", func() { s[i] = t[j] })
	var m map[string]int
	try("nilmap = slice", func() { m["a"] = t[j] })
	var p *int
	try("nil = slice", func() { *p = t[j] })
	var arr [3]int
	try("array = slice", func() { arr[i] = t[j] })
	try("slice += slice", func() { s[i] += t[j] })
	type S struct{ x int }
	var ps *S
	try("field = slice", func() { ps.x = t[j] })
}
