// Local const, var and type declarations shadow package-level ones.
package main

import "fmt"

const size = 10

type unit string

var prefix = "pkg"

func main() {
	fmt.Println(size, unit("m"), prefix)
	const size = 3
	type unit int
	var prefix = "local"
	var u unit = size
	fmt.Println(size, u, prefix)
	fmt.Printf("%T\n", u)
	var arr [size]int
	fmt.Println(len(arr))
}
