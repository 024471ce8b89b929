// Returning values of the wrong type.
package main

func f() int {
	return "one" // ERROR "cannot use .one. \(untyped string constant\) as int value in return statement"
}

func g(x float64) (int, bool) {
	return x, true // ERROR "cannot use x \(variable of type float64\) as type int in return statement"
}

func main() {
	f()
	g(1)
}
