// strings.Repeat whose length would overflow int panics with Go's message.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(len(strings.Repeat("", 1<<62)))
	fmt.Println(strings.Repeat("abcd", 1<<62))
}
