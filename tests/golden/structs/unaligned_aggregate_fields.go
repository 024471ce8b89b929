// Array and struct fields that do not start on an 8-byte boundary, read and written in a struct value.
package main

import "fmt"

type S struct {
	A int32
	B [2]int16
	C byte
	D struct{ X, Y byte }
	E int64
}

func mk() S { return S{1, [2]int16{2, 3}, 4, struct{ X, Y byte }{5, 6}, 7} }

func main() {
	s := mk()
	b := s.B
	d := s.D
	s.B = [2]int16{8, 9}
	s.D.Y = 10
	fmt.Println(s, b, d, mk().B, mk().D.X)
}
