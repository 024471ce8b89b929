// Verbs applied to operands of the wrong type print %!verb(type=value).
package main

import "fmt"

func main() {
	format := "%d|%s|%t|%x|%f|%c\n"
	fmt.Printf(format, "hi", 5, 1, true, "str", 2.5)
	format = "%d %s\n"
	fmt.Printf(format, 1.5, false)
	format = "%e %q\n"
	fmt.Printf(format, 7, 3.5)
	type point struct{ X int }
	format = "%s|%d\n"
	fmt.Printf(format, point{1}, "x")
}
