// Counting runes versus bytes in strings.
package main

import "fmt"

func runes(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func main() {
	for _, s := range [...]string{"", "abc", "é", "日本語", "😀!", "\xff\xfe"} {
		fmt.Println(len(s), runes(s))
	}
}
