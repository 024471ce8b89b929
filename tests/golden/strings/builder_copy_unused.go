// A copy of a Builder nobody wrote to yet is a fresh Builder; Reset makes
// a copied one usable again.
package main

import (
	"fmt"
	"strings"
)

type writer interface {
	WriteString(s string) (int, error)
	Reset()
	String() string
}

func main() {
	var a strings.Builder
	b := a
	var w writer = &b
	w.WriteString("fine")
	fmt.Println(w.String())
	var wa writer = &a
	wa.WriteString("also")
	c := a
	var wc writer = &c
	wc.Reset()
	wc.WriteString("reset")
	fmt.Println(wa.String(), wc.String())
}
