// Rune constants: arithmetic, escapes, printing as numbers and characters.
package main

import "fmt"

func main() {
	fmt.Println('a', 'a'+1, 'z'-'a')
	fmt.Println('\n', '\t', '\\', '\'', '\x41', '\101', '\u00e9', '\U0001F600')
	const c = 'a' + 2
	fmt.Printf("%c %d %T\n", c, c, c)
	var b byte = 'A' + 25
	fmt.Printf("%c %v\n", b, b)
	fmt.Println(string(rune('A' + 2)))
}
