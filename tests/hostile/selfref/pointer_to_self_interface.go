// Abuses: an interface{} holding a pointer to itself, and a slice of
// interface{} whose element points back at the slice header: printed with
// %T and dereferenced in a loop.
package main

import "fmt"

func main() {
	var x interface{}
	x = &x
	fmt.Printf("%T\n", x)
	p := x.(*interface{})
	for i := 0; i < 1000; i++ {
		p = (*p).(*interface{})
	}
	fmt.Println(p == &x, *p == x)

	s := make([]interface{}, 1)
	s[0] = &s
	q := s[0].(*[]interface{})
	fmt.Println(len(*q), (*q)[0] == s[0])
}
