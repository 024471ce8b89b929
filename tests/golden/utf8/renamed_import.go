// unicode/utf8 imported under another name, next to package unicode.
package main

import (
	"fmt"
	"unicode"
	u8 "unicode/utf8"
)

func main() {
	for _, s := range []string{"Ωmega", "ωmega", "\xffx", ""} {
		r, _ := u8.DecodeRuneInString(s)
		fmt.Println(r, unicode.IsUpper(r), unicode.IsLower(r), r == u8.RuneError)
	}
}
