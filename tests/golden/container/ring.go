// container/ring: New, Len, Next, Prev, Move (both ways, and by more than
// the length), Link, Unlink, Do, Value set directly, a zero Ring, a nil one.
package main

import (
	"container/ring"
	"fmt"
)

func show(r *ring.Ring) {
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println("| len", r.Len())
}

func main() {
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show(r)
	show(r.Move(2))
	show(r.Move(-7))
	show(r.Move(1000003))
	fmt.Println(r.Prev().Value, r.Next().Value)
	s := ring.New(3)
	for i := 0; i < 3; i++ {
		s.Value = fmt.Sprint("s", i)
		s = s.Next()
	}
	rest := r.Link(s)
	show(r)
	show(rest)
	removed := r.Unlink(3)
	show(r)
	show(removed)
	fmt.Println(r.Unlink(0) == nil, ring.New(0) == nil, ring.New(-1).Len())
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z, z.Move(3) == &z)
	one := ring.New(1)
	one.Value = "x"
	show(one.Link(one))
	sum := 0
	r.Do(func(v any) {
		if n, ok := v.(int); ok {
			sum += n
		}
	})
	fmt.Println(sum)
	defer func() { fmt.Println("recovered:", recover()) }()
	var nr *ring.Ring
	fmt.Println(nr.Len())
	nr.Do(func(any) { fmt.Println("never") })
	nr.Next()
}
