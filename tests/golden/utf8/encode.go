// EncodeRune, AppendRune and RuneLen for valid runes, surrogates, negative
// runes and runes above MaxRune; AppendRune's growth as append's.
package main

import (
	"fmt"
	"unicode/utf8"
)

var runes = []rune{0, 'a', 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000,
	0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 0x110000, -1, -0x80000000, 0x7FFFFFFF}

func main() {
	for _, r := range runes {
		buf := make([]byte, 6)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%#x len=%d enc=% x n=%d valid=%v\n", r, utf8.RuneLen(r), buf[:n], n, utf8.ValidRune(r))
	}
	var b []byte
	for _, r := range runes {
		b = utf8.AppendRune(b, r)
		fmt.Println(len(b), cap(b))
	}
	fmt.Printf("%q\n", b)
	c := make([]byte, 2, 10)
	d := utf8.AppendRune(c[:1], '€')
	fmt.Println(len(d), cap(d), c[1] == d[1])
	e := utf8.AppendRune(nil, 'x')
	fmt.Println(len(e), cap(e), string(e))
	exact := make([]byte, 3)
	fmt.Println(utf8.EncodeRune(exact, 0xFFFD), exact)
	fmt.Println(utf8.EncodeRune(exact[:2], 'é'), exact)
}
