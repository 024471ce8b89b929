// math.Pow, Mod, Trunc, Modf with special cases.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(10, -2), math.Pow(-8, 1.0/3))
	fmt.Println(math.Pow(0, 0), math.Pow(0, -1), math.Pow(-2, 3), math.Pow(1, math.NaN()))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2), math.Mod(1, 0))
	fmt.Println(math.Trunc(-2.7), math.Trunc(2.7), math.Trunc(1e300))
	ip, frac := math.Modf(3.75)
	fmt.Println(ip, frac)
	ip, frac = math.Modf(-3.75)
	fmt.Println(ip, frac)
	fmt.Println(math.Remainder(7, 4), math.Remainder(5, 4))
}
