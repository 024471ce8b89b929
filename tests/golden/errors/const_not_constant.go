// Constant declarations need constant values.
package main

func f() int { return 1 }

func main() {
	x := 2
	const a = x    // ERROR "x \(variable of type int\) is not constant"
	const b = f()  // ERROR "f\(\) \(value of type int\) is not constant"
	var arr [x]int // ERROR "invalid array length x|array length x \(variable of type int\) must be constant"
	_ = arr
}
