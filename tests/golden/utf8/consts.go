// The constants of unicode/utf8 and their untyped kinds.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	fmt.Printf("%T %T %T %T\n", utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	var b [utf8.UTFMax]byte
	var f float64 = utf8.RuneSelf
	fmt.Println(len(b), f, string(utf8.RuneError), utf8.MaxRune+1)
	const c = utf8.RuneError + 1
	fmt.Printf("%c %T\n", c, c)
}
