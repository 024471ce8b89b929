// Returning fewer values than the function declares.
package main

func f() (int, string) {
	return 1 // ERROR "not enough return values"
}

func g() int {
	return // ERROR "not enough return values"
}

func main() {
	f()
	g()
}
