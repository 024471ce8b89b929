// Compare orders bytes; EqualFold compares runes under Unicode simple case
// folding (K, k and the Kelvin sign; S, s and the long s; Greek sigmas).
package main

import (
	"fmt"
	"strings"
)

func main() {
	words := []string{"", "a", "A", "ab", "b", "\xff", "é", "É", "Go", "GO", "gopher", "gOPHER"}
	for _, x := range words {
		for _, y := range words {
			fmt.Print(strings.Compare(x, y), " ")
		}
		fmt.Println()
	}
	pairs := [][2]string{
		{"Go", "GO"}, {"go", "gO"}, {"kelvin", "\u212aelvin"}, {"K", "\u212a"}, {"ſ", "S"}, {"ſ", "s"},
		{"σ", "Σ"}, {"ς", "Σ"}, {"ς", "σ"}, {"ǅ", "ǆ"}, {"ǅ", "Ǆ"}, {"ß", "SS"}, {"ß", "ẞ"}, {"µ", "μ"}, {"µ", "Μ"},
		{"İ", "i"}, {"ı", "I"}, {"Ω", "ω"}, {"Ω", "\u2126"}, {"\xff", "\xfe"}, {"\xff", "\ufffd"}, {"a", "a\xff"},
		{"abc", "ABD"}, {"", ""}, {"", "a"}, {"ÀÉÎÕÜ", "àéîõü"}, {"Ǳ", "ǲ"}, {"ǳ", "Ǳ"}, {"ϐ", "Β"}, {"ẛ", "ṡ"},
		{"\U00010400", "\U00010428"}, {"ꭰ", "Ꭰ"}, {"@", "`"}, {"[", "{"},
	}
	for _, p := range pairs {
		fmt.Printf("%q %q %t\n", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}
}
