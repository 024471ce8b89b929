// Conditions of if and for statements must be boolean.
package main

func main() {
	n := 1
	if n { // ERROR "non-boolean condition in if statement"
	}
	for n { // ERROR "non-boolean condition in for statement"
	}
	s := "x"
	if s { // ERROR "non-boolean condition in if statement"
	}
}
