// Abuses: a String method with a pointer receiver that dereferences a nil
// receiver: fmt prints <nil> for it; calling it directly panics.
package main

import "fmt"

type T struct{ name string }

func (t *T) String() string { return "T:" + t.name }

func main() {
	var p *T
	fmt.Println(p)
	fmt.Printf("[%v] [%s] [%d]\n", p, p, p)
	fmt.Println([]*T{{"a"}, nil, {"b"}})
	fmt.Println(p.String())
}
