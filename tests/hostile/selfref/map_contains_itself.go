// Abuses: a map that contains itself, printed with fmt.Println: fmt has no
// cycle detection, so Go recurses until the stack limit.
package main

import "fmt"

func main() {
	m := map[string]interface{}{"a": 1}
	m["self"] = m
	fmt.Println(len(m), m["a"])
	fmt.Println(m)
}
