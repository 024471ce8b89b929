// var _ = f() at package level runs f during initialisation.
package main

import "fmt"

var _ = register("alpha")
var _ = register("beta")

var registered string

func register(name string) int {
	registered += name + ";"
	return 0
}

func main() {
	fmt.Println(registered)
}
