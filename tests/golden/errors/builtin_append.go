// append misused.
package main

func main() {
	var a [5]int
	s := a[:]
	var f float64
	t := []string{"a"}
	var b []byte
	_, _, _, _, _ = a, s, f, t, b
	_ = append()           // ERROR "invalid operation: not enough arguments for append\(\) \(expected 1, found 0\)"
	_ = append(a, 1)       // ERROR "first argument to append must be a slice; have a \(variable of type \[5\]int\)"
	_ = append(nil, 1)     // ERROR "first argument to append must be a slice; have untyped nil"
	_ = append(s, "x")     // ERROR "cannot use .x. \(untyped string constant\) as int value in argument to append"
	_ = append(s, 1, s...) // ERROR "too many arguments in call to append"
	_ = append(s, t...)    // ERROR "cannot use t \(variable of type \[\]string\) as type \[\]int in argument to append"
	_ = append(b, "abc"...)
	append(s, 1) // ERROR "append\(s, 1\) \(value of type \[\]int\) is not used"
}
