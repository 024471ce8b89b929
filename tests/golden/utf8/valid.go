// Valid, ValidString, FullRune, FullRuneInString, RuneStart, RuneCount and
// RuneCountInString on good and bad UTF-8.
package main

import (
	"fmt"
	"unicode/utf8"
)

var inputs = []string{
	"", "a", "hello, 世界", "\uFFFD", "\xff", "a\x80b", "\xc2", "\xc2\xa9", "\xc0\xaf",
	"\xe0\x80", "\xe0\xa0", "\xe0\xa0\x80", "\xed\xa0", "\xed\x9f", "\xed\xa0\x80",
	"\xf0", "\xf0\x80", "\xf0\x90", "\xf0\x90\x80", "\xf0\x90\x80\x80", "\xf4\x90",
	"\xf4\x8f\xbf", "\xf5", "\xe2\x82\x28", "\xe2\x28\xa1", "\xf0\x9f\x98\x80\xf0\x9f",
	"\x00", "a\x00b",
}

func main() {
	for _, s := range inputs {
		fmt.Printf("%+q valid=%v/%v full=%v/%v count=%d/%d\n", s, utf8.ValidString(s), utf8.Valid([]byte(s)),
			utf8.FullRuneInString(s), utf8.FullRune([]byte(s)),
			utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	}
	n := 0
	for b := 0; b < 256; b++ {
		if utf8.RuneStart(byte(b)) {
			n++
		}
	}
	fmt.Println(n, utf8.RuneStart(0x80), utf8.RuneStart(0xBF), utf8.RuneStart(0xC0), utf8.RuneStart('a'))
	// every two-byte prefix, as FullRune sees it
	full := 0
	for b0 := 0; b0 < 256; b0++ {
		for b1 := 0; b1 < 256; b1++ {
			if utf8.FullRune([]byte{byte(b0), byte(b1)}) {
				full += b0*7 + b1
			}
		}
	}
	fmt.Println(full)
	for r := 0; r < 0x80; r++ {
		fmt.Print(utf8.RuneLen(rune(r)))
	}
	fmt.Println()
}
