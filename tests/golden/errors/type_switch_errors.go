// More type switch and assertion errors.
package main

type I interface{ M() }
type T struct{}

func (*T) M() {}

func main() {
	var x interface{} = 1
	var i I
	switch w := i.(type) { // ERROR "w declared but not used"
	case T: // ERROR "impossible type switch case: T"
	}
	x.(int) // ERROR "x.\(int\) \(comma, ok expression of type int\) is not used"
	switch v := x.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch|fallthrough statement out of place"
	case string:
		_ = v
	}
}
