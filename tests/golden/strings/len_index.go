// len counts bytes; s[i] is a byte.
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(len(s))
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Printf("%T %c %c %x\n", s[0], s[0], s[4], s[1])
	b := s[len(s)-1]
	fmt.Println(b, string(rune(b)))
	const k = "constant"
	fmt.Println(len(k), k[3])
}
