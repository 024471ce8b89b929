package main

import (
	"fmt"
	"strings"
)

type Int = int
type MyInt int
type Builder = strings.Builder

type A = struct{ int }
type B = struct{ Int }

type Outer struct {
	Int
	*Builder
	MyInt
}

func main() {
	var x, y interface{} = A{}, B{}
	fmt.Println(x == y)
	fmt.Printf("%T\n%T\n", x, y)
	fmt.Printf("%+v %+v\n", A{1}, B{2})
	b := B{3}
	fmt.Println(b.Int)
	o := Outer{Int: 4, Builder: &strings.Builder{}, MyInt: 5}
	o.WriteString("hi")
	fmt.Println(o.Int, o.MyInt, o.String(), o.Builder.Len())
	{
		type C = int32
		x = struct{ C }{}
	}
	{
		type C = uint32
		y = struct{ C }{}
	}
	fmt.Println(x == y)
	fmt.Printf("%T %T\n", x, y)
}
