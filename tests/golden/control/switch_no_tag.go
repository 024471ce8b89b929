// switch without a tag works like an if-else chain over boolean cases.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func main() {
	for _, s := range [...]int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	x := 5
	switch {
	case x > 3 && x < 10:
		fmt.Println("between")
	default:
		fmt.Println("outside")
	}
}
