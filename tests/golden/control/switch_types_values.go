// switch on strings, runes and floats; duplicate-free cases with expressions.
package main

import "fmt"

func kind(r rune) string {
	switch {
	case r >= '0' && r <= '9':
		return "digit"
	case r == ' ', r == '\t':
		return "space"
	}
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	}
	return "other"
}

func main() {
	for _, r := range "a1 z\t" {
		fmt.Print(kind(r), " ")
	}
	fmt.Println()
	switch f := 2.5; f {
	case 2.5:
		fmt.Println("two and a half")
	}
	switch cmd := "stop"; cmd {
	case "go", "run":
		fmt.Println("moving")
	case "stop":
		fmt.Println("stopped")
	}
}
