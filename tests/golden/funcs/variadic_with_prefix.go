// Variadic parameter after ordinary parameters; strings variadic.
package main

import "fmt"

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func describe(name string, n int, flags ...bool) {
	fmt.Println(name, n, len(flags), flags == nil)
}

func main() {
	fmt.Println(join(", ", "a", "b", "c"))
	fmt.Println(join("-") == "")
	words := []string{"x", "y"}
	fmt.Println(join("+", words...))
	describe("none", 1)
	describe("two", 2, true, false)
}
