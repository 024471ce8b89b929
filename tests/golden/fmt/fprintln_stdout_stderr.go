// Fprint* to os.Stdout and os.Stderr; stderr is compared as a whole.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintln(os.Stderr, "to stderr", 2)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 3)
	fmt.Fprintf(os.Stderr, "%s=%d\n", "y", 4)
	fmt.Fprint(os.Stdout, "no", "space", 5, 6, "\n")
	n, err := fmt.Fprint(os.Stderr, "partial")
	fmt.Println(n, err)
}
