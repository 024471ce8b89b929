// Division by zero found partway through a computation over int64 values.
package main

import "fmt"

func main() {
	divisors := [4]int64{4, 2, 0, 1}
	var n int64 = 100
	for _, d := range divisors {
		n /= d
		fmt.Println(n)
	}
}
