// String literals: interpreted, raw, escapes.
package main

import "fmt"

func main() {
	s := "tab\there\nnew line"
	raw := `raw\tstring\n stays`
	fmt.Println(s)
	fmt.Println(raw)
	fmt.Println("quote \" backslash \\ hex \x41 octal \101 unicode \u00e9 \U0001F600")
	fmt.Println(len("\u00e9"), len(`\u00e9`), len("\xff"))
	fmt.Println("a" + "b" + `c`)
}
