// Constants, string bytes and function results cannot be assigned to.
package main

const c = 1

func f() int { return 1 }

func main() {
	c = 2 // ERROR "cannot assign to c \(untyped int constant 1\)|cannot assign to c \(constant 1 of type untyped int\)"
	s := "abc"
	s[0] = 'x' // ERROR "cannot assign to s\[0\] \(value of type byte\)"
	f() = 3    // ERROR "cannot assign to f\(\) \(value of type int\)"
}
