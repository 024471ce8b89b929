// %p prints a pointer in hex (only its shape is checked: addresses differ).
package main

import (
	"fmt"
	"strings"
)

type T struct{ A int }

func main() {
	x := 1
	t := &T{}
	s := fmt.Sprintf("%p", &x)
	u := fmt.Sprintf("%p", t)
	fmt.Println(s != "", strings.HasPrefix(s, "0x"), strings.HasPrefix(u, "0x"))
	fmt.Println(fmt.Sprintf("%p", &x) == s, s == u)
	var np *int
	fmt.Println(fmt.Sprintf("%p", np), fmt.Sprintf("%v", np))
}
