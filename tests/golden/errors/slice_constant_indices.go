// Constant slice indices are checked at compile time.
package main

func main() {
	var a [5]int
	s := a[:]
	str := "abc"
	_ = s[2:1] // ERROR "invalid slice indices: 1 < 2"
	_ = a[:6]  // ERROR "invalid argument: index 6 out of bounds \[0:6\]"
	_ = str[:4]
	_ = "abcd"[:5] // ERROR "invalid argument: index 5 out of bounds \[0:5\]"
	_ = s[1:2:1]   // ERROR "invalid slice indices: 1 < 2"
	_ = s[-1:]     // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = a[3:2]     // ERROR "invalid slice indices: 2 < 3"
	_ = str[1:2:3] // ERROR "invalid operation: 3-index slice of string"
	_ = (&a)[2:8]  // ERROR "invalid argument: index 8 out of bounds \[0:6\]"
}
