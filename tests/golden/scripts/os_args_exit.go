// Go version of os_args_exit.gs.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	args := os.Args[1:]
	fmt.Println(len(args), strings.Repeat("=", 5))
	for i, a := range args {
		fmt.Println(i, strings.ToUpper(a))
	}
	os.Exit(4)
}
