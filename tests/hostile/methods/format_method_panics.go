// Abuses: a fmt.Formatter whose Format method panics: fmt prints
// %!v(PANIC=Format method: ...) and carries on.
package main

import "fmt"

type F struct{}

func (F) Format(f fmt.State, c rune) { panic(fmt.Sprintf("Format %c", c)) }

func main() {
	fmt.Printf("%v %d\n", F{}, F{})
	fmt.Println([]interface{}{F{}, 1})
	fmt.Println("after")
}
