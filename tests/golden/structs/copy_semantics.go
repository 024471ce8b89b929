// Assigning a struct copies it; changes to the copy do not affect the original.
package main

import "fmt"

type Inner struct{ V int }

type Outer struct {
	Name string
	In   Inner
	Arr  [3]int
}

func main() {
	a := Outer{"a", Inner{1}, [3]int{1, 2, 3}}
	b := a
	b.Name = "b"
	b.In.V = 99
	b.Arr[0] = 100
	fmt.Println(a)
	fmt.Println(b)
	c := a.In
	c.V++
	fmt.Println(a.In, c)
}
