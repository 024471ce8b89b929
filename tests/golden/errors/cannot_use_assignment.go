// Assigning values of the wrong type.
package main

func main() {
	var i int
	var s string
	var f float64
	i = "hello"    // ERROR "cannot use .hello. \(untyped string constant\) as int value in assignment"
	s = i          // ERROR "cannot use i \(variable of type int\) as type string in assignment"
	f = i          // ERROR "cannot use i \(variable of type int\) as type float64 in assignment"
	var b bool = 1 // ERROR "cannot use 1 \(untyped int constant\) as bool value in variable declaration"
	_, _, _ = s, f, b
}
