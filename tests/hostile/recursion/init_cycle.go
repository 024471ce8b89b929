// Abuses: a package-level variable whose initialiser refers back to itself
// through a function (an initialization cycle, a compile error in Go).
package main

import "fmt"

var x = f()

func f() int { return x + 1 }

func main() {
	fmt.Println(x)
}
