// Abuses: a byte order mark (U+FEFF) in the middle of a statement.
package main

import "fmt"

func main() {
	x := 1
	﻿fmt.Println(x)
}
