// Division of a negative number by a power of two differs from >>.
package main

import "fmt"

func main() {
	for _, x := range [...]int{-7, -8, -1, 7} {
		fmt.Println(x, x/4, x>>2, x%4, x&3)
	}
}
