// Index, LastIndex, IndexByte, LastIndexByte, IndexRune, IndexAny,
// LastIndexAny, Contains, ContainsAny, ContainsRune, Count, HasPrefix and
// HasSuffix, with empty strings, runes and invalid UTF-8.
package main

import (
	"fmt"
	"strings"
)

func main() {
	ss := []string{"", "a", "chicken", "日本語日本", "a\xffb\xfe", "x\ufffdy\xff", "aaaa", "\xe2\x82\xac\xe2\x82", "longer text here!"}
	subs := []string{"", "a", "ken", "本", "\xff", "\ufffd", "aa", "€", "\xe2\x82", "zz", "!", "本語"}
	for _, s := range ss {
		for _, sub := range subs {
			fmt.Printf("%q %q: %d %d %t %d %t %t | %d %d %t\n", s, sub, strings.Index(s, sub), strings.LastIndex(s, sub),
				strings.Contains(s, sub), strings.Count(s, sub), strings.HasPrefix(s, sub), strings.HasSuffix(s, sub),
				strings.IndexAny(s, sub), strings.LastIndexAny(s, sub), strings.ContainsAny(s, sub))
		}
		for _, r := range []rune{'a', 'k', '本', 0xFFFD, -1, 0xD800, 0x110000, 0, '€'} {
			fmt.Printf("%q %q: %d %t\n", s, r, strings.IndexRune(s, r), strings.ContainsRune(s, r))
		}
		for _, c := range []byte{'a', 'e', 0xff, 0x82} {
			fmt.Printf("%q %q: %d %d\n", s, c, strings.IndexByte(s, c), strings.LastIndexByte(s, c))
		}
	}
	fmt.Println(strings.IndexAny("0123456789abc", "cb"), strings.LastIndexAny("0123456789abc", "01"),
		strings.IndexAny("ab\xffcdefghijk", "\xfe"), strings.LastIndexAny("x", "\xff"), strings.LastIndexAny("\xff", "\xfe"))
}
