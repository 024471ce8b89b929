// Abuses: an identifier containing an invalid UTF-8 byte (0xff).
package main

import "fmt"

func main() {
	xÿ := 1
	fmt.Println(xÿ)
}
