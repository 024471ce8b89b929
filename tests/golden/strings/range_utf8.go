// range over a string decodes UTF-8: byte index and rune.
package main

import "fmt"

func main() {
	for i, r := range "héllo, 世界!" {
		fmt.Printf("%d %c %U\n", i, r, r)
	}
	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println(n)
	for i := range "ab€" {
		fmt.Print(i, " ")
	}
	fmt.Println()
}
