// copy misused.
package main

func main() {
	var a [5]int
	s := a[:]
	var f float64
	t := []string{"a"}
	var b []byte
	_, _, _, _, _ = a, s, f, t, b
	_ = copy(s, t) // ERROR "invalid argument: arguments to copy s \(variable of type \[\]int\) and t \(variable of type \[\]string\) have different element types int and string"
	_ = copy(a, s) // ERROR "invalid argument: copy expects slice arguments; found a \(variable of type \[5\]int\) and s \(variable of type \[\]int\)"
	_ = copy(b, "xyz")
	_ = copy(s) // ERROR "invalid operation: not enough arguments for copy\(s\) \(expected 2, found 1\)"
}
