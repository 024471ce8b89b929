// Building strings in a loop and comparing results.
package main

import "fmt"

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func reverse(s string) string {
	out := ""
	for _, r := range s {
		out = string(r) + out
	}
	return out
}

func main() {
	fmt.Println(repeat("ab", 3), repeat("x", 0) == "")
	fmt.Println(reverse("hello, 世界"))
	fmt.Println(reverse(reverse("abc")) == "abc")
}
