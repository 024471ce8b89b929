// &x gives a pointer; writes through it change x.
package main

import "fmt"

func main() {
	x := 1
	p := &x
	*p = 2
	fmt.Println(x, *p)
	x = 3
	fmt.Println(*p)
	*p += 10
	*p++
	fmt.Println(x)
	fmt.Printf("%T %v\n", p, p != nil)
}
