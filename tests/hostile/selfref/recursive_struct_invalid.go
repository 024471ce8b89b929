// Abuses: a struct that contains itself by value, through an array (a
// compile error: invalid recursive type).
package main

import "fmt"

type T struct {
	n    int
	kids [2]T
}

func main() {
	var t T
	fmt.Println(t.n)
}
