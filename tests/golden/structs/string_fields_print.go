// Printing structs with string, bool, float and rune fields.
package main

import "fmt"

type Rec struct {
	S  string
	B  bool
	F  float64
	R  rune
	By byte
	E  string
}

func main() {
	r := Rec{"hi there", true, 2.50, 'x', 'y', ""}
	fmt.Println(r)
	fmt.Printf("%+v\n", r)
	fmt.Printf("%#v\n", r)
	fmt.Printf("%q %q %q\n", r.S, r.R, r.E)
}
