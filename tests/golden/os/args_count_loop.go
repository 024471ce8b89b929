// Iterating over os.Args[1:] with range and building a string.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	joined := ""
	for i, a := range os.Args[1:] {
		joined += fmt.Sprintf("%d:%s ", i, strings.ToUpper(a))
	}
	fmt.Println(joined)
	fmt.Println(len(os.Args[1:]))
}
