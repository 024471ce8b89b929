// Abuses: string concatenation doubling a string forever (s += s).
package main

import "fmt"

func main() {
	s := "ab"
	for i := 0; ; i++ {
		s += s
		if i == 20 {
			fmt.Println(len(s))
		}
	}
}
