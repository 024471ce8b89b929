// Abuses: a pointer-receiver String method that formats its receiver with
// Sprintf("%v"), reached through %s on a pointer.
package main

import "fmt"

type T struct {
	name string
}

func (t *T) String() string { return fmt.Sprintf("T(%v)", t) }

func main() {
	t := &T{"x"}
	fmt.Printf("%d\n", 42)
	fmt.Printf("%s\n", t)
}
