// Abuses: a constant index past the end of a constant string (compile error).
package main

import "fmt"

const s = "abc"

func main() {
	fmt.Println(s[1], s[3])
}
