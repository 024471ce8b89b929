// Constant indices are checked against array and string lengths.
package main

func main() {
	var a [3]int
	_ = a[3]     // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	_ = a[-1]    // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = "abc"[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
}
