// panic with a value of a named string type prints the type and quoted value.
package main

type Reason string

func main() {
	panic(Reason("bad input"))
}
