// Raw string literals span lines and keep backslashes and tabs literally.
package main

import "fmt"

func main() {
	s := `line one
	line two (tab kept)
\n is not an escape`
	fmt.Println(s)
	fmt.Println(len(s))
	fmt.Println(`` == "", `"` == "\"")
}
