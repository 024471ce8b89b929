// Calls that cannot be deferred.
package main

func f() int { return 1 }

func main() {
	s := []int{1}
	defer len(s) // ERROR "defer discards result of len\(s\) \(value of type int\)"
	defer int(2) // ERROR "defer requires function call, not conversion int\(2\) \(constant 2 of type int\)"
	defer f()
	var x interface{} = recover()
	_ = x
}
