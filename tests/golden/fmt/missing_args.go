// Too few arguments: %!verb(MISSING).
package main

import "fmt"

func main() {
	format := "%d %d %s\n"
	fmt.Printf(format, 1)
	format = "%s and %v\n"
	fmt.Printf(format)
	format = "%*d|\n"
	fmt.Printf(format, 5)
	format = "%v|%v"
	s := fmt.Sprintf(format, "one")
	fmt.Println(s)
}
