// A uint8 loop counter wraps; counting how many steps until it returns to 0.
package main

import "fmt"

func main() {
	var b uint8 = 250
	steps := 0
	for b != 4 {
		b++
		steps++
	}
	fmt.Println(b, steps)
	var i int8 = 0
	n := 0
	for {
		i--
		n++
		if i > 0 {
			break
		}
	}
	fmt.Println(i, n)
}
