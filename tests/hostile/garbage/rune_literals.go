// Abuses: malformed rune literals: two characters, then an empty one.
package main

import "fmt"

func main() {
	fmt.Println('ab', '')
}
