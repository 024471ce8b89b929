// Methods on a named non-struct type (type Celsius float64).
package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }
func (c Celsius) Warm() bool      { return c > 20 }

func main() {
	c := Celsius(100)
	fmt.Println(c.ToF(), c.ToF().ToC(), c.Warm())
	body := Celsius(37)
	fmt.Printf("%.1f %T %v\n", body.ToF(), body.ToF(), Celsius(-40).ToF())
	fmt.Println(Celsius(15).Warm())
}
