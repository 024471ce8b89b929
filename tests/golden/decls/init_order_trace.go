// Initialisation order: dependencies first, otherwise declaration order.
package main

import "fmt"

var (
	x = trace("x", y+z)
	y = trace("y", 1)
	w = trace("w", 100)
	z = trace("z", y*10)
)

func trace(name string, v int) int {
	fmt.Println("init", name, v)
	return v
}

func main() {
	fmt.Println(x, y, z, w)
}
