// A pointer to a variable that a closure captures sees the closure's writes.
package main

import "fmt"

func main() {
	n := 0
	p := &n
	inc := func() { n++ }
	inc()
	inc()
	fmt.Println(*p)
	*p = 100
	inc()
	fmt.Println(n)
	get := func() *int { return &n }
	fmt.Println(get() == p)
}
