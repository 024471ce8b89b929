// Unknown verbs and a trailing % print diagnostics.
package main

import "fmt"

func main() {
	format := "%z %!\n"
	fmt.Printf(format, 1, "s")
	format = "end%"
	fmt.Printf(format)
	fmt.Println()
	format = "%-"
	fmt.Printf(format, 1)
	fmt.Println()
}
