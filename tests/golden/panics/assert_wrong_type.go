// A failed type assertion to a concrete type panics.
package main

import "fmt"

func main() {
	var x interface{} = 3
	fmt.Println("asserting")
	s := x.(string)
	fmt.Println(s)
}
