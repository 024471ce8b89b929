// os.Exit ends the program at once with the given status; earlier output stays.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("before exit")
	fmt.Print("no newline")
	os.Exit(3)
}
