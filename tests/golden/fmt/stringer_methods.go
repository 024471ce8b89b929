// fmt calls String() and Error() methods written in Go: on operands, on
// exported fields and elements, not through unexported fields, and only
// when the method is in the operand's method set.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Code int

func (c Code) Error() string  { return fmt.Sprintf("code %d", int(c)) }
func (c Code) String() string { return "never: Error wins" }

type Reading struct {
	Temp  Celsius
	temp  Celsius
	Where *Point
	Err   error
}

type Pair [2]Celsius

func main() {
	c := Celsius(21.5)
	fmt.Println(c, Celsius(-3))
	fmt.Printf("%v|%s|%q|%x|%d|%.2f\n", c, c, c, c, Code(3), c)
	fmt.Printf("%10s|%-8v|\n", c, Code(4))

	p := Point{1, 2}
	fmt.Println(p, &p) // the value has no String method; the pointer has
	fmt.Printf("%v %+v %s\n", p, &p, &p)

	var err error = Code(42)
	fmt.Println(err, Code(7))
	fmt.Println(errors.New("plain"), fmt.Errorf("wrapped: %w", err))

	r := Reading{Temp: 30, temp: 31, Where: &p, Err: Code(1)}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println(Pair{1, 2})
	fmt.Println(fmt.Sprint(c, " ", Code(9)), fmt.Sprintf("[%6.2v]", Code(5)))

	var s fmt.Stringer = c
	fmt.Println(s.String(), s)
}
