// Printing structs, nested structs and pointers to structs.
package main

import "fmt"

type P struct{ A, B int }

type N struct {
	Name string
	In   P
	Arr  [2]P
}

func main() {
	p := P{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %v %+v\n", p, p, &p, &p)
	n := N{"n", P{3, 4}, [2]P{{5, 6}, {7, 8}}}
	fmt.Println(n)
	fmt.Printf("%+v\n", n)
	fmt.Printf("%#v\n", n)
	fmt.Println(&n)
	fmt.Printf("[%10v] [%-10v]\n", p, p)
	fmt.Printf("%x %05d\n", p, p)
}
