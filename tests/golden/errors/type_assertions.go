// Type assertions and type switches the checker rejects.
package main

type I interface{ M() }
type T struct{}

func (*T) M() {}

func main() {
	var x interface{} = 1
	var n int
	_ = n.(int) // ERROR "invalid operation: n \(variable of type int\) is not an interface"
	var i I
	_ = i.(T)              // ERROR "impossible type assertion: i.\(T\)"
	switch y := n.(type) { // ERROR "y declared but not used" "n \(variable of type int\) is not an interface"
	}
	switch z := x.(type) { // ERROR "z declared but not used"
	case int, int: // ERROR "duplicate case int in type switch"
	case nil, nil: // ERROR "duplicate case nil in type switch"
	}
	_ = i
}
