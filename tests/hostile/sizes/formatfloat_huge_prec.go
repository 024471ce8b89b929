// Abuses: strconv.FormatFloat with a precision of 1<<40 digits (Go tries to
// allocate the buffer and runs out of memory).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatFloat(1.5, 'f', 30, 64))
	prec := 1 << 40
	s := strconv.FormatFloat(1.5, 'f', prec, 64)
	fmt.Println(len(s))
}
