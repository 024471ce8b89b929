// Every predicate and case mapping of package unicode on Latin-1, where Go
// answers from its own property table.
package main

import (
	"fmt"
	"unicode"
)

func flags(r rune) string {
	s := ""
	for i, f := range []func(rune) bool{unicode.IsLetter, unicode.IsDigit, unicode.IsNumber, unicode.IsSpace,
		unicode.IsUpper, unicode.IsLower, unicode.IsPunct, unicode.IsPrint, unicode.IsGraphic, unicode.IsControl} {
		if f(r) {
			s += string("LDNSulPpGC"[i])
		} else {
			s += "."
		}
	}
	return s
}

func main() {
	for r := rune(0); r < 0x180; r++ {
		fmt.Printf("%04X %s %04X %04X %04X\n", r, flags(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
}
