// fmt prints a pointer to a struct as &{...}.
package main

import "fmt"

type P struct {
	X int
	S string
}

type Wrap struct {
	In P
	K  bool
}

func main() {
	p := &P{1, "a"}
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	w := &Wrap{P{2, "b"}, true}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Println(*w)
}
