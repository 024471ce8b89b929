// Abuses: a struct value that reaches itself through a slice sharing its
// backing array (no pointers in sight), printed with %+v.
package main

import "fmt"

type N struct {
	name string
	kids []interface{}
}

func main() {
	n := N{name: "root", kids: make([]interface{}, 1)}
	n.kids[0] = n
	fmt.Println(n.name, len(n.kids))
	fmt.Printf("%+v\n", n)
}
