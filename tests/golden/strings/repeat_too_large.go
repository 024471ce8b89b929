// strings.Repeat of a length no allocation can hold fails as make does.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("ab", 1<<50))
}
