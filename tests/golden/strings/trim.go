// Trim, TrimLeft, TrimRight (rune sets), TrimPrefix, TrimSuffix, TrimSpace,
// on ASCII and Unicode cutsets and invalid UTF-8.
package main

import (
	"fmt"
	"strings"
)

func main() {
	cases := [][2]string{
		{"", ""}, {"", "x"}, {"abc", ""}, {"xxabcxx", "x"}, {"xyabcyx", "xy"}, {"abc", "abc"},
		{"  hi  ", " "}, {"¡¡hola!!", "!¡"}, {"日本語日", "日"}, {"\xffabc\xff", "\xff"}, {"\xffabc\xfe", "\xfe"},
		{"\ufffdabc\xff", "\ufffd"}, {"\xffabc\ufffd", "\xfe"}, {"aébé", "é"}, {"aébé", "éa"}, {"x\xe2\x82", "\xe2"},
		{"\xe2\x82x", "\x82\xe2"}, {"€€a€", "€"}, {"€\x82\xac", "€"},
	}
	for _, c := range cases {
		fmt.Printf("%q %q: %q %q %q\n", c[0], c[1], strings.Trim(c[0], c[1]), strings.TrimLeft(c[0], c[1]),
			strings.TrimRight(c[0], c[1]))
	}
	for _, c := range [][2]string{{"prefix-body", "prefix-"}, {"body", "prefix"}, {"", ""}, {"abc", ""},
		{"abc", "abc"}, {"abc", "abcd"}, {"body-suffix", "-suffix"}} {
		fmt.Printf("%q %q: %q %q\n", c[0], c[1], strings.TrimPrefix(c[0], c[1]), strings.TrimSuffix(c[0], c[1]))
	}
	for _, s := range []string{"", " ", "  a  ", "\t\n\v\f\r a b \r\n", "\u00a0x\u00a0", "\u3000全\u3000", "\u0085y\u0085",
		"\u2000\u200a z \u2028\u2029", "\u200bzw\u200b", "\xff ", " \xff", " \xe2\x80", "\u1680\u202f\u205fq"} {
		fmt.Printf("%q -> %q\n", s, strings.TrimSpace(s))
	}
}
