// Abuses: an uncaught panic((*E)(nil)) whose Error method dereferences its
// receiver: the runtime fails while printing the panic value.
package main

import "fmt"

type E struct{ msg string }

func (e *E) Error() string { return "E: " + e.msg }

func main() {
	fmt.Println("start")
	var e *E
	panic(e)
}
