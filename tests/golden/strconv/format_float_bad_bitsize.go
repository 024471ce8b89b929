// FormatFloat with a bit size other than 32 and 64 panics with Go's message.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatFloat(1.5, 'g', -1, 32))
	fmt.Println(strconv.FormatFloat(1.5, 'g', -1, 16))
}
