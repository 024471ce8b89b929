// %% prints a literal percent sign and consumes no argument.
package main

import "fmt"

func main() {
	fmt.Printf("100%%\n")
	fmt.Printf("%d%% done, %s%%\n", 50, "x")
	s := fmt.Sprintf("%%d %%s %%%%")
	fmt.Println(s)
	fmt.Printf("%5.1f%%\n", 99.5)
}
