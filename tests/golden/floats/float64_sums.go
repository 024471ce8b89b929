// float64 rounding: 0.1+0.2 and accumulation errors.
package main

import "fmt"

func main() {
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3, a+b-0.3)
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1)
	big := 1e16
	fmt.Println(big+1, big+2, big+1 == big)
	fmt.Println(1-0.9, 100*1.1)
}
