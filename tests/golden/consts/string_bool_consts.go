// String and bool constants, typed and untyped.
package main

import "fmt"

type Color string

const (
	Red   Color = "red"
	Greet       = "hello, " + "world"
	Debug       = false
	Yes   bool  = !Debug
)

func main() {
	fmt.Println(Red, Greet, Debug, Yes)
	fmt.Printf("%T %T %T\n", Red, Greet, Yes)
	fmt.Println(Greet < "help", len(Greet))
}
