// %#v prints Go syntax for values.
package main

import "fmt"

type T struct {
	A int
	B string
	C float64
	D bool
}

type Celsius float64

func main() {
	fmt.Printf("%#v\n", T{1, "x", 2, true})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 1.0, 1.5)
	fmt.Printf("%#v %#v %#v\n", uint8(7), 'x', Celsius(3))
	fmt.Printf("%#v %#v\n", [2]int{1, 2}, struct{ X int }{1})
	fmt.Printf("%#v %#v %#v\n", int64(-5), uint(5), complex(1, 2))
	fmt.Printf("%#v\n", &T{})
}
