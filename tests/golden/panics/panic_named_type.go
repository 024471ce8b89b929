// panic with a value of a named integer type prints the type and value.
package main

type Code int

func main() {
	panic(Code(7))
}
