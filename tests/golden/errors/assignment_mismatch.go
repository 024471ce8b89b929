// The number of values does not match the number of variables.
package main

func two() (int, int) { return 1, 2 }

func main() {
	a, b := 1           // ERROR "assignment mismatch: 2 variables but 1 value"
	c := two()          // ERROR "assignment mismatch: 1 variable but two(\(\))? returns 2 values"
	var d, e, f = two() // ERROR "assignment mismatch: 3 variables but two(\(\))? returns 2 values"
	_, _, _, _, _, _ = a, b, c, d, e, f
}
