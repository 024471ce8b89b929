// A method value with a pointer receiver keeps modifying the same variable.
package main

import "fmt"

type Acc struct{ Sum int }

func (a *Acc) Add(n int) { a.Sum += n }

func apply(f func(int), xs ...int) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	var a Acc
	add := a.Add
	apply(add, 1, 2, 3)
	fmt.Println(a.Sum)
	b := &Acc{Sum: 100}
	apply(b.Add, 5)
	fmt.Println(b.Sum)
}
