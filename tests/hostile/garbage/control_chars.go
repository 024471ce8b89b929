// Abuses: control characters (0x01, 0x7f) between tokens.
package main

import "fmt"

func main() {
	x :=  1
	fmt.Println(x)
}
