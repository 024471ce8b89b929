// Go version of explicit_import.gs.
package main

import (
	"fmt"
	"math"
	"strings"
)

func main() {
	name := "gopher"
	fmt.Println(strings.ToUpper(name), strings.Contains(name, "ph"))
	fmt.Println(math.Abs(-2))
}
