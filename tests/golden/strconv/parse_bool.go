// strconv.ParseBool accepts exactly twelve spellings.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1", "t", "T", "true", "TRUE", "True", "0", "f", "F", "false", "FALSE", "False",
		"", "yes", "tRUE", "2", " true", "true "} {
		b, err := strconv.ParseBool(s)
		fmt.Printf("%q: %t %v\n", s, b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
}
