// Pointers to pointers.
package main

import "fmt"

func main() {
	x := 5
	p := &x
	pp := &p
	**pp = 6
	fmt.Println(x, *p, **pp)
	y := 9
	*pp = &y
	fmt.Println(*p, p == &y)
	ppp := &pp
	***ppp = 10
	fmt.Println(y)
}
