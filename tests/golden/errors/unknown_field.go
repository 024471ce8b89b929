// Selecting or setting fields a struct does not have.
package main

type Point struct{ X, Y int }

func main() {
	p := Point{1, 2}
	_ = p.Z               // ERROR "p.Z undefined \(type Point has no field or method Z\)"
	_ = Point{X: 1, Z: 3} // ERROR "unknown field .Z. in struct literal of type Point"
	p.x = 4               // ERROR "p.x undefined \(type Point has no field or method x, but does have X\)"
	_ = Point{1}          // ERROR "too few values in Point"
}
