// switch with a tag: first matching case, multiple values per case, default.
package main

import "fmt"

func name(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1, 2, 3:
		return "few"
	case 4 + 1:
		return "five"
	default:
		return "many"
	}
}

func main() {
	for i := 0; i <= 6; i++ {
		fmt.Print(name(i), " ")
	}
	fmt.Println()
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched", s)
	case "go":
		fmt.Println("no")
	}
}
