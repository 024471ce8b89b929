// DecodeRune, DecodeRuneInString, DecodeLastRune and DecodeLastRuneInString
// on valid, truncated, overlong, surrogate, out-of-range and empty input.
package main

import (
	"fmt"
	"unicode/utf8"
)

var inputs = []string{
	"",
	"a",
	"é",
	"€",
	"😀",
	"\uFFFD",
	"\x80",
	"\xbf",
	"\xc0\x80",
	"\xc1\xbf",
	"\xc2",
	"\xc2\x7f",
	"\xe0\x80\x80",
	"\xe0\x9f\xbf",
	"\xe0\xa0\x80",
	"\xed\x9f\xbf",
	"\xed\xa0\x80",
	"\xed\xbf\xbf",
	"\xee\x80\x80",
	"\xef\xbf\xbf",
	"\xf0\x8f\xbf\xbf",
	"\xf0\x90\x80\x80",
	"\xf4\x8f\xbf\xbf",
	"\xf4\x90\x80\x80",
	"\xf5\x80\x80\x80",
	"\xff",
	"\xe2\x82",
	"\xf0\x9f\x98",
	"a\x80",
	"\x80a",
	"é\x80",
	"\xa9",
	"x\xa9",
	"\x80\x80\x80\x80\x80",
	"ab😀\xbf",
}

func main() {
	for _, s := range inputs {
		r1, w1 := utf8.DecodeRuneInString(s)
		r2, w2 := utf8.DecodeRune([]byte(s))
		r3, w3 := utf8.DecodeLastRuneInString(s)
		r4, w4 := utf8.DecodeLastRune([]byte(s))
		fmt.Printf("%+q first %U %d %U %d last %U %d %U %d\n", s, r1, w1, r2, w2, r3, w3, r4, w4)
	}
	// walk backwards and forwards through a mixed string
	s := "a\xffé\xed\xa0\x80😀\xf0\x9f"
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%U/%d ", i, r, w)
		i += w
	}
	fmt.Println()
	for j := len(s); j > 0; {
		r, w := utf8.DecodeLastRuneInString(s[:j])
		fmt.Printf("%d:%U/%d ", j, r, w)
		j -= w
	}
	fmt.Println()
	var nilBytes []byte
	r, w := utf8.DecodeRune(nilBytes)
	fmt.Println(r, w, r == utf8.RuneError)
	r, w = utf8.DecodeLastRune(nilBytes)
	fmt.Println(r, w)
}
