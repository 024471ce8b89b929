// Type aliases denote the same type; defined types are distinct.
package main

import "fmt"

type Alias = int
type Defined int

type Point struct{ X, Y int }
type PAlias = Point

func main() {
	var a Alias = 5
	var i int = a
	var d Defined = 7
	fmt.Printf("%T %T %T\n", a, i, d)
	fmt.Println(a+i, int(d)+a)
	p := PAlias{1, 2}
	var q Point = p
	fmt.Printf("%T %v\n", p, q)
	var b byte = 'x'
	var u uint8 = b
	fmt.Printf("%T %T\n", b, u)
}
