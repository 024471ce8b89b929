package main

import "fmt"

type Namer interface{ Name() string }
type Setter interface{ Set(string) }

type Base struct{ name string }

func (b Base) Name() string     { return "base:" + b.name }
func (b *Base) Set(s string)    { b.name = s }
func (b Base) String() string   { return "Base(" + b.name + ")" }

type T int

func (t T) Twice() int { return int(t) * 2 }

type Speaker interface{ Speak() string }
type Dog struct{}

func (Dog) Speak() string { return "woof" }

func describe(n Namer) string { return n.Name() }

func main() {
	// an unnamed struct type has the methods of its embedded fields
	v := struct {
		Base
		age int
	}{Base{"x"}, 3}
	fmt.Println(describe(v), v.Name())
	var n Namer = v
	fmt.Println(n.Name())

	// its pointer type has the pointer methods too
	p := &struct{ Base }{Base{"p"}}
	var s Setter = p
	s.Set("changed")
	fmt.Println(p.Name(), describe(p))

	// through an embedded pointer
	q := struct{ *Base }{&Base{"q"}}
	var qs Setter = q
	qs.Set("q2")
	fmt.Println(q.Name())

	// through an embedded interface
	w := struct{ Speaker }{Dog{}}
	var sp Speaker = w
	fmt.Println(sp.Speak())

	// fmt finds String through the promotion
	fmt.Println(struct{ Base }{Base{"s"}})
	fmt.Printf("%v %s\n", v, p)

	// type assertions and switches see the promoted method set
	var any interface{} = v
	if nm, ok := any.(Namer); ok {
		fmt.Println("is a Namer:", nm.Name())
	}
	if _, ok := any.(Setter); !ok {
		fmt.Println("the value is no Setter")
	}
	switch x := interface{}(p).(type) {
	case Setter:
		fmt.Println("pointer is a Setter", x.(Namer).Name())
	}

	// method expressions on unnamed struct types
	twice := struct{ T }.Twice
	fmt.Println(twice(struct{ T }{21}))
	set := (*struct{ Base }).Set
	set(p, "via expr")
	fmt.Println(p.Name())
	name := struct{ *Base }.Name
	fmt.Println(name(q))
}
