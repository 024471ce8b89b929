// Each predicate of package unicode over every rune up to past MaxRune, and
// the case mappings, summarised as counts and checksums.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	preds := []struct {
		name string
		f    func(rune) bool
	}{
		{"IsLetter", unicode.IsLetter}, {"IsDigit", unicode.IsDigit}, {"IsNumber", unicode.IsNumber},
		{"IsSpace", unicode.IsSpace}, {"IsUpper", unicode.IsUpper}, {"IsLower", unicode.IsLower},
		{"IsPunct", unicode.IsPunct}, {"IsPrint", unicode.IsPrint}, {"IsGraphic", unicode.IsGraphic},
		{"IsControl", unicode.IsControl},
	}
	for _, p := range preds {
		n, sum := 0, uint64(0)
		for r := rune(0); r <= unicode.MaxRune+0x100; r++ {
			if p.f(r) {
				n++
				sum = sum*31 + uint64(r)
			}
		}
		fmt.Println(p.name, n, sum)
	}
	maps := []struct {
		name string
		f    func(rune) rune
	}{{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower}, {"ToTitle", unicode.ToTitle}}
	for _, m := range maps {
		n, sum := 0, uint64(0)
		for r := rune(0); r <= unicode.MaxRune+0x100; r++ {
			if t := m.f(r); t != r {
				n++
				sum = sum*31 + uint64(r)*7 + uint64(t)
			}
		}
		fmt.Println(m.name, n, sum)
	}
}
