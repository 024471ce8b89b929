// Booleans: literals, !, &&, ||, comparison results and printing.
package main

import "fmt"

func main() {
	t, f := true, false
	fmt.Println(t, f, !t, !f)
	fmt.Println(t && f, t || f, t && !f, f || !t)
	fmt.Println(t == f, t != f, 1 < 2, "a" > "b")
	var zero bool
	fmt.Println(zero, zero == false)
	fmt.Printf("%v %t %T\n", t, f, t)
}
