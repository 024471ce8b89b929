// Calling methods that a type does not have.
package main

type T struct{}

func (T) Run() {}

type Celsius float64

func main() {
	var t T
	t.Walk() // ERROR "t.Walk undefined \(type T has no field or method Walk\)"
	var c Celsius
	c.Convert() // ERROR "c.Convert undefined \(type Celsius has no field or method Convert\)"
	t.run()     // ERROR "t.run undefined \(type T has no field or method run, but does have Run\)"
}
