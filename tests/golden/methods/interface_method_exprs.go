package main

import (
	"errors"
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Scale(k float64) Shape
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64          { return r.W * r.H }
func (r Rect) Scale(k float64) Shape { return Rect{r.W * k, r.H * k} }

type Circle struct{ R float64 }

func (c *Circle) Area() float64          { return 3 * c.R * c.R }
func (c *Circle) Scale(k float64) Shape { return &Circle{c.R * k} }

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }

type Incer interface{ Inc() int }

type Holder struct {
	Incer
	name string
}

func main() {
	// method expressions on interface types
	area := Shape.Area
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(area(s), Shape.Scale(s, 2).Area())
	}
	fmt.Printf("%T\n", area)
	fmt.Printf("%T\n", Shape.Scale)
	str := fmt.Stringer.String
	_ = str
	errText := error.Error
	fmt.Println(errText(errors.New("boom")))
	lit := interface{ Area() float64 }.Area
	fmt.Println(lit(Rect{4, 5}))

	// method values on interface values: the receiver is bound at evaluation
	var s Shape = Rect{1, 1}
	f := s.Area
	s = Rect{10, 10}
	fmt.Println(f(), s.Area())
	g := s.Scale
	fmt.Println(g(3).Area())

	// a method value of a nil interface panics where it is evaluated
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var n Shape
		h := n.Area
		fmt.Println("not reached", h != nil)
	}()

	// method value through an embedded interface field
	c := &Counter{}
	hd := Holder{c, "h"}
	inc := hd.Inc
	inc()
	inc()
	fmt.Println(c.n, hd.Inc())

	// a method value taken from a struct with a nil embedded interface
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var empty Holder
		m := empty.Inc
		fmt.Println("not reached", m != nil)
	}()

	// method values passed to library functions
	up := strings.ToUpper
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, up("banana")))
	var sb strings.Builder
	var w interface{ WriteString(string) (int, error) } = &sb
	ws := w.WriteString
	ws("x")
	ws("y")
	fmt.Println(sb.String())
}
