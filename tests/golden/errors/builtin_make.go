// make misused.
package main

func main() {
	var a [5]int
	s := a[:]
	var f float64
	t := []string{"a"}
	var b []byte
	_, _, _, _, _ = a, s, f, t, b
	_ = make(int, 1)       // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int, "x")   // ERROR "cannot convert .x. \(untyped string constant\) to int"
	_ = make([]int, f)     // ERROR "invalid argument: index f \(variable of type float64\) must be integer"
	_ = make([]int, 10, 5) // ERROR "invalid argument: length and capacity swapped"
	_ = make([]int)        // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
}
