// Abuses: an array type whose length depends on the type itself,
// type T [len(T{})]int (gc: invalid recursive type).
package main

import "fmt"

type T [len(T{})]int

func main() {
	var t T
	fmt.Println(len(t))
}
