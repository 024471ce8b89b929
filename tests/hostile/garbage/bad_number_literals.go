// Abuses: malformed numeric literals: octal 09, 0x without digits, 1e, 1__2.
package main

import "fmt"

func main() {
	fmt.Println(09, 0x, 1e, 1__2)
}
