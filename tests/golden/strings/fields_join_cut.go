// Fields (Unicode white space), Join and Cut.
package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"", "   ", "a", " a b  c ", "\ta\nb\vc\fd\re", "a\u00a0b\u0085c\u2000d\u3000e",
		"x\u200by", "\xff \xfe", "日 本\t語", "\u1680lead", "trail\u205f", "a\u2028b\u2029c\u202fd", "\x85a"} {
		f := strings.Fields(s)
		fmt.Printf("%q -> %q len=%d cap=%d\n", s, f, len(f), cap(f))
	}
	fmt.Printf("%q\n", strings.Join(nil, ","))
	fmt.Printf("%q\n", strings.Join([]string{}, ","))
	fmt.Printf("%q\n", strings.Join([]string{"a"}, ","))
	fmt.Printf("%q\n", strings.Join([]string{"a", "b", "c"}, ", "))
	fmt.Printf("%q\n", strings.Join([]string{"", "", ""}, "-"))
	fmt.Printf("%q\n", strings.Join([]string{"x", "y"}, ""))
	for _, c := range [][2]string{{"key=value", "="}, {"key", "="}, {"a=b=c", "="}, {"", ""}, {"abc", ""},
		{"abc", "abc"}, {"abc", "c"}} {
		before, after, found := strings.Cut(c[0], c[1])
		fmt.Printf("%q %q -> %q %q %t\n", c[0], c[1], before, after, found)
	}
}
