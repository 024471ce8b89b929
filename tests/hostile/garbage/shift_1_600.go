// Abuses: a constant shift past the untyped-constant precision (1<<600).
package main

import "fmt"

const c = 1 << 600

func main() {
	fmt.Println(c >> 599)
}
