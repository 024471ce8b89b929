// iota keeps counting over skipped (_) lines and over explicit values.
package main

import "fmt"

const (
	_ = iota
	One
	_
	Three
	Fixed = 100
	Again
	Five = iota
	Six
)

func main() {
	fmt.Println(One, Three, Fixed, Again, Five, Six)
}
