// new(T) allocates a zeroed T and returns its address.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	i := new(int)
	s := new(string)
	f := new(float64)
	p := new(Point)
	fmt.Println(*i, *s == "", *f, *p)
	*i = 5
	*s = "set"
	p.X = 7
	fmt.Println(*i, *s, *p, p.X)
	a := new(int)
	b := new(int)
	fmt.Println(a == b, *a == *b)
	fmt.Printf("%T %T\n", i, p)
}
