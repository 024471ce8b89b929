package main

import (
	"fmt"
	"strings"
)

type T struct {
	strings.Builder
	n int
}

type inner struct{ secret int }
type Outer struct{ *inner }

func main() {
	var b strings.Builder
	_ = b.addr // ERROR "b.addr undefined .type strings.Builder has no field or method addr."
	var t T
	_ = t.buf // ERROR "t.buf undefined .type T has no field or method buf."
	t.n = 1
	o := Outer{&inner{3}}
	fmt.Println(o.secret, t.n)
	_ = b.copyCheck // ERROR "b.copyCheck undefined .type strings.Builder has no field or method copyCheck."
}
