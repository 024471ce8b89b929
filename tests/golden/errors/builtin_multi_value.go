// A multi-value call as a built-in's arguments is counted and checked as
// those arguments.
package main

func one() []int                     { return nil }
func three() (float64, float64, int) { return 1, 2, 3 }
func mixed() (float32, float64)      { return 1, 2 }
func nothing()                       {}

func main() {
	_ = copy(one())     // ERROR "not enough arguments for copy\(one\(\)\) \(expected 2, found 1\)"
	_ = complex(three()) // ERROR "too many arguments for complex\(three\(\)\) \(expected 2, found 3\)"
	_ = complex(mixed())  // ERROR "complex\(mixed\(\)\) \(mismatched types float32 and float64\)"
	println(nothing())    // ERROR "nothing\(\) \(no value\) used as value"
}
