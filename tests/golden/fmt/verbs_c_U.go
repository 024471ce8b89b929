// %c, %U, %#U and %q on runes.
package main

import "fmt"

func main() {
	for _, r := range [...]rune{'A', 'é', '世', '\n', 0x1F600} {
		fmt.Printf("%c|%U|%#U|%q|%d\n", r, r, r, r, r)
	}
	fmt.Printf("%c%c%c\n", 72, 105, 33)
	fmt.Printf("[%3c] [%-3c]\n", 'x', 'y')
	fmt.Printf("%q %+q\n", 'ü', 'ü')
}
