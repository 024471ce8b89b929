// Method values and method expressions of library types, whose methods are
// natives: the receiver is copied when the method value is made, pointer
// receivers share the value, and nil receivers panic as Go's do.
package main

import (
	"fmt"
	"strings"
	"time"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	f()
}

func main() {
	d := 90 * time.Second
	f := d.String
	d = time.Hour
	fmt.Println(f(), d.String())

	round := time.Duration.Round
	hours := (*time.Duration).Hours
	fmt.Println(round(1500*time.Millisecond, time.Second), hours(&d))
	fs := []func() string{d.String, (2 * time.Minute).String, f}
	for _, g := range fs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	var b strings.Builder
	w := b.WriteString
	w("hello, ")
	w("world")
	str := (*strings.Builder).String
	grow := (*strings.Builder).Grow
	grow(&b, 100)
	fmt.Println(str(&b), b.Len(), b.Cap() >= 112)
	n, err := w("!")
	fmt.Println(n, err, b.String())

	var p *time.Duration
	try("method value of nil", func() { _ = p.String })
	try("method expression with nil", func() { _ = (*time.Duration).String(p) })
	var nb *strings.Builder
	try("nil builder", func() {
		ws := nb.WriteString
		ws("x")
	})
	fmt.Printf("%T %T\n", time.Duration.String, (*strings.Builder).WriteByte)
}
