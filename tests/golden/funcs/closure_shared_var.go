// Two closures capturing the same variable see each other's writes.
package main

import "fmt"

func pair() (func(), func() int) {
	x := 10
	inc := func() { x++ }
	get := func() int { return x }
	return inc, get
}

func main() {
	inc, get := pair()
	inc()
	inc()
	fmt.Println(get())
	y := 1
	set := func(v int) { y = v }
	set(42)
	fmt.Println(y)
	y = 7
	show := func() int { return y }
	fmt.Println(show())
}
