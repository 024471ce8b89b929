// A usage error: message on stderr, exit status 1.
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintf(os.Stderr, "usage: prog x y z (got %d args)\n", len(os.Args)-1)
		os.Exit(1)
	}
	fmt.Println("ok")
}
