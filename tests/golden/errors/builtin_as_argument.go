package main

func a() int { return 0 }

var _ = a(println) // ERROR "println .built-in. must be called"
var _ = a(int)     // ERROR "int .type. is not an expression"

func main() {
	var s []int
	s = append(s, len, s...)     // ERROR "len .built-in. must be called"
	_ = a(len, 1)                // ERROR "len .built-in. must be called"
	_ = len(println, 2)          // ERROR "println .built-in. must be called"
	_ = len(s, undefinedThing)   // ERROR "too many arguments for len.s, undefinedThing. .expected 1, found 2." "undefined: undefinedThing"
	_ = make([]int, println)     // ERROR "println .built-in. must be called"
	_ = cap()                    // ERROR "not enough arguments for cap.. .expected 1, found 0."
	_ = s
}
