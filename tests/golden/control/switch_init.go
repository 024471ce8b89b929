// switch with an init statement, scoped to the switch.
package main

import "fmt"

func parity(n int) int { return n % 2 }

func main() {
	for i := 0; i < 4; i++ {
		switch p := parity(i); p {
		case 0:
			fmt.Println(i, "even", p)
		default:
			fmt.Println(i, "odd", p)
		}
	}
	switch x := 10; {
	case x > 5:
		fmt.Println("big", x)
	}
}
