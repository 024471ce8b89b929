// Invalid shifts: negative count, shifting a float, shifting by a string.
package main

func main() {
	x := 1
	f := 1.5
	_ = x << -1  // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	_ = f << 2   // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	_ = x << "a" // ERROR "cannot convert .a. \(untyped string constant\) to uint"
}
