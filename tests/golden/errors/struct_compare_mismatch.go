// Comparing structs of different named types.
package main

type A struct{ X int }
type B struct{ X int }

func main() {
	a := A{1}
	b := B{1}
	_ = a == b // ERROR "invalid operation: a == b \(mismatched types A and B\)"
	a = b      // ERROR "cannot use b \(variable of type B\) as type A in assignment"
	a = A(b)
}
