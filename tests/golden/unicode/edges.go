// Package unicode on negative runes, runes past MaxRune, the constants and
// a few well-known characters.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{-1, -0x80000000, 0x110000, 0x7FFFFFFF, '_', 'ǅ', 'ǆ', 'Ǆ', 'ß', 'ẞ', 'İ', 'ı', 'ſ', 'K',
		'٣', 'Ⅻ', '½', '　', '\u0085', '\u2028', '\u00ad', '\ufeff', '€', '¿', '﹏', '\U0001F600', 0xE000, 0xD800} {
		fmt.Printf("%#x letter=%v digit=%v number=%v space=%v upper=%v lower=%v punct=%v print=%v graphic=%v control=%v %#x %#x %#x\n",
			r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r),
			unicode.IsLower(r), unicode.IsPunct(r), unicode.IsPrint(r), unicode.IsGraphic(r), unicode.IsControl(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, string(unicode.ReplacementChar))
	fmt.Printf("%T %T\n", unicode.MaxRune, unicode.ReplacementChar)
}
