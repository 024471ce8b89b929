// Replace and ReplaceAll (an empty old string matches between runes),
// ToUpper and ToLower (invalid bytes become U+FFFD).
package main

import (
	"fmt"
	"strings"
)

func main() {
	cases := []struct {
		s, old, new string
		n           int
	}{
		{"oink oink oink", "k", "ky", 2}, {"oink oink oink", "oink", "moo", -1}, {"aaa", "a", "b", 0},
		{"aaa", "a", "a", -1}, {"abc", "", "-", -1}, {"abc", "", "-", 2}, {"", "", "x", -1}, {"", "a", "b", -1},
		{"日本", "", "|", -1}, {"a\xffb\xe2\x82c", "", ".", -1}, {"aaaa", "aa", "b", -1}, {"abab", "ab", "", -1},
		{"x", "x", "yy", 5}, {"\xff\xff", "\xff", "?", 1},
	}
	for _, c := range cases {
		fmt.Printf("%q\n", strings.Replace(c.s, c.old, c.new, c.n))
		if c.n < 0 {
			fmt.Printf("%q\n", strings.ReplaceAll(c.s, c.old, c.new))
		}
	}
	for _, s := range []string{"", "Hello, World", "ǅungla", "straße", "ΑΒΓ αβγ", "\xffab\xe2\x82", "ǈ", "ﬃ", "İı", "\ufffd"} {
		fmt.Printf("%q %q %q\n", s, strings.ToUpper(s), strings.ToLower(s))
	}
}
