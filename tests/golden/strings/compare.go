// String comparison is bytewise lexicographic.
package main

import "fmt"

func main() {
	fmt.Println("abc" < "abd", "abc" < "ab", "ab" < "abc", "" < "a")
	fmt.Println("Z" < "a", "a" == "a", "a" != "A")
	fmt.Println("é" > "z", "\xff" > "\x7f", "日本" > "日")
	x, y := "apple", "apples"
	fmt.Println(x < y, x <= y, x > y, x >= y, x == "app"+"le")
}
