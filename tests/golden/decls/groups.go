// Grouped const, var and type declarations.
package main

import "fmt"

type (
	ID    int
	Label string
	Pair  struct {
		K Label
		V ID
	}
)

const (
	First ID = 1
	Name     = "grp"
)

var (
	p      = Pair{"a", First}
	n, m   = 3, 4.5
	unused Label
)

func main() {
	fmt.Println(p, n, m, unused == "", Name)
	fmt.Printf("%T %T %T\n", p, p.K, First)
}
