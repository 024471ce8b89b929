// if with an init statement: the variable is visible in every branch only.
package main

import "fmt"

func compute(n int) (int, bool) { return n * n, n%2 == 0 }

func main() {
	for i := 1; i <= 3; i++ {
		if sq, even := compute(i); even {
			fmt.Println(i, "even", sq)
		} else if sq > 5 {
			fmt.Println(i, "odd and big", sq)
		} else {
			fmt.Println(i, "odd", sq)
		}
	}
	x := "outer"
	if x := 5; x > 3 {
		fmt.Println("inner x", x)
	}
	fmt.Println(x)
}
