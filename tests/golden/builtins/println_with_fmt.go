// fmt.Println goes to stdout while the builtin println goes to stderr.
package main

import "fmt"

func main() {
	fmt.Println("stdout 1")
	println("stderr 1")
	fmt.Println("stdout 2")
	println("stderr", 2)
	s := "str"
	println(s, len(s))
}
