// nil has no type to give a variable; non-pointers cannot be nil.
package main

func main() {
	x := nil        // ERROR "use of untyped nil in assignment"
	var n int = nil // ERROR "cannot use nil as int value in variable declaration"
	var s string
	_ = s == nil // ERROR "invalid operation: s == nil \(mismatched types string and untyped nil\)"
	_, _ = x, n
}
