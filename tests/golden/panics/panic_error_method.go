// An uncaught panic with an error value prints its Error() text.
package main

import "fmt"

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return "not found: " + e.Name }

func find(name string) error { return &NotFound{name} }

func main() {
	fmt.Println("looking")
	panic(find("gopher"))
}
