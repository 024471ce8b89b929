// Escape sequences shown with %q and raw strings.
package main

import "fmt"

func main() {
	s := "tab\t nl\n cr\r bell\a nul\x00 quote\" bs\\ del\x7f é \u2028"
	fmt.Printf("%q\n", s)
	fmt.Printf("%+q\n", s)
	raw := `C:\path\n "quoted"`
	fmt.Printf("%q\n", raw)
	fmt.Printf("%#q\n", raw)
	fmt.Println(len(raw))
}
