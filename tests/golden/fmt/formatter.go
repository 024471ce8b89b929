package main

import (
	"fmt"
	"strings"
)

type Money int

func (m Money) Format(f fmt.State, c rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "$%d[%c w=%d,%v p=%d,%v +%v -%v #%v ' '%v 0%v]", int(m), c, w, wok, p, pok,
		f.Flag('+'), f.Flag('-'), f.Flag('#'), f.Flag(' '), f.Flag('0'))
}

type Pt struct{ x, y int }

func (p *Pt) Format(f fmt.State, c rune) {
	f.Write([]byte(strings.Repeat("*", p.x)))
}

type Boom struct{}

func (Boom) Format(f fmt.State, c rune) {
	f.Write([]byte("partial "))
	panic("boom " + string(c))
}

func main() {
	fmt.Printf("%v|%+8.2d|%-#x|%s|% 05v\n", Money(1), Money(2), Money(3), Money(4), Money(5))
	fmt.Println([]Money{1, 2}, map[string]Money{"a": 3})
	p := &Pt{3, 4}
	fmt.Println(p, Pt{1, 2})
	fmt.Printf("%T %.1v\n", Money(1), struct{ M Money }{6})
	var f fmt.Formatter = Money(7)
	_ = f
	fmt.Printf("%v %d!\n", Boom{}, Boom{})
	fmt.Println(fmt.Sprintf("%6.3v", Money(8)) == fmt.Sprint(Money(8)))
}
