// A multi-value assignment from an undefined function reports only that
// it is undefined, not a count mismatch.
package main

import "strings"

func main() {
	a, b, c, d := strings.Caller(0) // ERROR "undefined: strings.Caller"
	var x, y = nosuch()             // ERROR "undefined: nosuch"
	var p, q int
	p, q = missing(1) // ERROR "undefined: missing"
	println(a, b, c, d, x, y, p, q)
}
