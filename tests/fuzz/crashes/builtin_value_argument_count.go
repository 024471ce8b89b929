// fuzz_check and fuzz_run: a built-in function as the argument of a call
// with the wrong number of arguments reached the count report with no type
// (UBSan: member access within null pointer in types::isUntyped).
package main

func a() int { return 0 }

var _ = a(println)

func main() {
	var s []int
	s = append(s, len, s...)
	_ = len(println, 2)
}
