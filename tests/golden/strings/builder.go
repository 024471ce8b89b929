// strings.Builder: the text, Len and Cap after every kind of write (Cap
// grows as Go's append and Builder.grow make it grow), Grow, Reset, and
// String staying unchanged by later writes. The methods are called through
// an interface here (builder_direct.go calls them directly).
package main

import (
	"fmt"
	"strings"
)

type builder interface {
	String() string
	Len() int
	Cap() int
	Reset()
	Grow(n int)
	Write(p []byte) (int, error)
	WriteByte(c byte) error
	WriteRune(r rune) (int, error)
	WriteString(s string) (int, error)
}

func show(b builder) {
	fmt.Printf("%q len=%d cap=%d\n", b.String(), b.Len(), b.Cap())
}

func main() {
	var sb strings.Builder
	var b builder = &sb
	show(b)
	n, err := b.WriteString("hello")
	fmt.Println(n, err)
	show(b)
	fmt.Println(b.WriteByte(' '))
	show(b)
	n, err = b.WriteRune('世')
	fmt.Println(n, err)
	show(b)
	n, err = b.Write([]byte(", world"))
	fmt.Println(n, err)
	show(b)
	for _, r := range []rune{'a', 0x7f, 0x80, 'é', 0xFFFD, 0x10FFFF, 0x110000, -1, 0xD800} {
		n, _ := b.WriteRune(r)
		fmt.Print(n, " ")
	}
	fmt.Println()
	show(b)
	s := b.String()
	b.WriteString("more")
	fmt.Printf("%q\n", s)
	show(b)

	b.Reset()
	show(b)
	b.Grow(10)
	show(b)
	b.Grow(5)
	show(b)
	b.WriteString("0123456789A")
	show(b)
	b.Grow(100)
	show(b)

	// growth one byte at a time and in large steps, as append grows
	var sb2 strings.Builder
	var c builder = &sb2
	last := -1
	for i := 0; i < 5000; i++ {
		c.WriteByte(byte('a' + i%26))
		if c.Cap() != last {
			last = c.Cap()
			fmt.Print(c.Len(), ":", last, " ")
		}
	}
	fmt.Println()
	c.Reset()
	for i := 0; i < 12; i++ {
		c.WriteString(strings.Repeat("xy", i*i))
		fmt.Print(c.Len(), ":", c.Cap(), " ")
	}
	fmt.Println()
	c.Reset()
	for i := 0; i < 40; i++ {
		c.WriteRune('€')
		fmt.Print(c.Cap(), " ")
	}
	fmt.Println()
	fmt.Println(&sb2 != nil, c.Len())
	var empty strings.Builder
	show(&empty)
}
