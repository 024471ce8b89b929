// Operators applied to operand types that do not support them.
package main

type P struct{ X int }

func main() {
	s := "abc"
	b := true
	f := 1.5
	p := P{}
	_ = s - s // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = !f    // ERROR "invalid operation: operator ! not defined on f \(variable of type float64\)"
	_ = b + b // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = f % 2 // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	_ = p < p // ERROR "invalid operation: p < p \(operator < not defined on struct\)"
	_ = -s    // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
}
