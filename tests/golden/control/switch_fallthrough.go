// fallthrough transfers control to the next case body without testing it.
package main

import "fmt"

func describe(n int) {
	switch n {
	case 0:
		fmt.Print("zero ")
		fallthrough
	case 1:
		fmt.Print("small ")
		fallthrough
	case 100:
		fmt.Print("hundred? ")
	case 2:
		fmt.Print("two ")
	default:
		fmt.Print("other ")
		fallthrough
	case 50:
		fmt.Print("fifty-ish ")
	}
	fmt.Println()
}

func main() {
	for _, n := range [...]int{0, 1, 2, 3, 50} {
		describe(n)
	}
}
