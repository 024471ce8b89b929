// Local variables that are declared but never used.
package main

func main() {
	x := 1       // ERROR "x declared but not used"
	var y string // ERROR "y declared but not used"
	a, b := 1, 2 // ERROR "a declared but not used"
	_ = b
	for i := 0; i < 3; i++ {
		z := i // ERROR "z declared but not used"
	}
}
