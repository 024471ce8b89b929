// goto may not jump over a variable declaration or into a block.
package main

import "fmt"

func main() {
	goto skip // ERROR "goto skip jumps over declaration of x at .*goto_over_declaration.go:8:4"
	x := 1
skip:
	fmt.Println(x)
	goto inner // ERROR "goto inner jumps into block starting at .*goto_over_declaration.go:12:2"
	{
	inner:
		fmt.Println("in block")
	}
}
