// Division of constants (or by a constant zero) is checked at compile time.
package main

func main() {
	x := 10
	_ = x / 0   // ERROR "invalid operation: division by zero"
	_ = 1 / 0   // ERROR "invalid operation: division by zero"
	_ = x % 0   // ERROR "invalid operation: division by zero"
	_ = 1.5 / 0 // ERROR "invalid operation: division by zero"
}
