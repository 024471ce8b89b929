// Calling a value that is not a function.
package main

func main() {
	x := 5
	s := "str"
	x()      // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	_ = s(1) // ERROR "invalid operation: cannot call non-function s \(variable of type string\)"
}
