// Quoting: Quote, QuoteToASCII, QuoteRune, QuoteRuneToASCII, CanBackquote
// and IsPrint, on printable text, control characters, invalid UTF-8 and
// runes that are not code points.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"", "hello", "tab\there", "nl\n", "quote\"", "back\\slash", "apos'", "\a\b\f\r\v",
		"\x00\x01\x7f", "é", "日本語", "\u00ad\u200b\ufeff", "\U0001F600", "\xff", "a\xc3", "\xe2\x82", "\xed\xa0\x80",
		"\u2028", "`raw`"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 'é', '日', 0xad, 0x1F600, 0xD800, 0x110000, -1, 0xFFFD} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.IsPrint(r))
	}
}
