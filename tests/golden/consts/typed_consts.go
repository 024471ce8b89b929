// Typed constants and named types with iota.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const Limit int32 = 1 << 20
const Ratio float32 = 1.0 / 3

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Printf("%T %T %T\n", Tuesday, Limit, Ratio)
	fmt.Println(Limit, Ratio)
	d := Monday + 1
	fmt.Printf("%v %T\n", d, d)
}
