// Abuses: a constant index past the end of an array (a compile error in Go,
// even though the variable-index version would only panic at run time).
package main

import "fmt"

func main() {
	var a [3]int
	i := 5
	defer func() { fmt.Println(recover()) }()
	fmt.Println(a[i])
	fmt.Println(a[5])
}
