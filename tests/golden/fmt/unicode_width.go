// Width and precision on strings count runes, not bytes.
package main

import "fmt"

func main() {
	fmt.Printf("[%5s]\n", "é")
	fmt.Printf("[%-5s]\n", "日本")
	fmt.Printf("[%.2s]\n", "héllo")
	fmt.Printf("[%5.1s]\n", "日本")
	fmt.Printf("[%05s]\n", "ab")
	fmt.Printf("[%-05s]\n", "ab")
}
