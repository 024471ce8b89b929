// Abuses: a byte order mark inside a string literal.
package main

import "fmt"

func main() {
	fmt.Println(len("a﻿b"))
}
