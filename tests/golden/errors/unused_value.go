// Expression statements whose value is not used.
package main

func f() int { return 1 }

func main() {
	x := 1
	x + 1  // ERROR "x \+ 1 \(value of type int\) is not used"
	x == 2 // ERROR "x == 2 \(untyped bool value\) is not used"
	f()
	"str" // ERROR ".str. \(untyped string constant\) is not used"
}
