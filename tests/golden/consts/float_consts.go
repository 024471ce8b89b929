// Untyped float constants are exact; float64 variables are not.
package main

import "fmt"

func main() {
	const third = 1.0 / 3
	fmt.Println(third, third*3 == 1)
	fmt.Println(0.1+0.2 == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3, a+b)
	const x = 1e300 * 1e300 / 1e300
	fmt.Println(x)
	const i = 7.0 / 2
	var n int = 10.0 / 4 * 2
	fmt.Println(i, n)
}
