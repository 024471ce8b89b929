// Named (defined) types: conversions, arithmetic within the type, %T.
package main

import "fmt"

type Meters float64
type Feet float64
type Count int

func main() {
	m := Meters(3)
	f := Feet(m * 3.28084)
	fmt.Println(m, f)
	fmt.Printf("%T %T\n", m, f)
	c := Count(7)
	c *= 2
	c++
	fmt.Println(c, int(c)/2, c/2)
	var total Count
	for i := Count(1); i <= 4; i++ {
		total += i
	}
	fmt.Println(total)
}
