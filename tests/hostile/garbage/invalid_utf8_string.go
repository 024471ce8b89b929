// Abuses: raw invalid UTF-8 bytes (0xc3 0x28, 0xff) inside a string literal.
package main

import "fmt"

func main() {
	s := "aÃ(bÿ"
	fmt.Println(len(s))
}
