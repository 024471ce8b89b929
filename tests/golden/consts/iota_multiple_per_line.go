// Several constants per line share one iota value.
package main

import "fmt"

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x = iota + 'a'
	y
	z
)

func main() {
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z, string(rune(z)))
}
