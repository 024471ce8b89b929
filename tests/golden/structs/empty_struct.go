// The empty struct: printing, comparison, as a field.
package main

import "fmt"

type Empty struct{}

type Holder struct {
	E Empty
	N int
}

func main() {
	var a, b Empty
	fmt.Println(a, b, a == b)
	fmt.Printf("%v %+v %#v\n", a, a, a)
	h := Holder{N: 1}
	fmt.Println(h)
	fmt.Printf("%+v\n", h)
}
