// Returning more values than the function declares.
package main

func f() int {
	return 1, 2 // ERROR "too many return values"
}

func g() {
	return 3 // ERROR "too many return values"
}

func main() {
	f()
	g()
}
