// Right shift of negative signed values is arithmetic (sign-extending).
package main

import "fmt"

func main() {
	values := [...]int64{-1, -2, -8, -9, -1 << 62}
	counts := [...]uint{0, 1, 3, 63, 64, 100}
	for _, v := range values {
		for _, c := range counts {
			fmt.Print(v>>c, " ")
		}
		fmt.Println()
	}
	var s8 int8 = -128
	k := 7
	fmt.Println(s8>>k, s8>>(k+1), s8<<1)
}
