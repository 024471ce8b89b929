// A built-in function cannot be indirected (a fuzzer's find: it crashed the checker).
package main

func main() {
	_ = *make    // ERROR "invalid operation: cannot indirect make \(built-in\)"
	println(*len) // ERROR "invalid operation: cannot indirect len \(built-in\)"
}
