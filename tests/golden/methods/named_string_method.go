// Methods on a named string type.
package main

import "fmt"

type Name string

func (n Name) Greeting() string { return "hello, " + string(n) }
func (n Name) Len() int         { return len(n) }
func (n *Name) Shout()          { *n += "!" }

func main() {
	n := Name("gopher")
	fmt.Println(n.Greeting(), n.Len())
	n.Shout()
	fmt.Println(n, Name("x").Len())
}
