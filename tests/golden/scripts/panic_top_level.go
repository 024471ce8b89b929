// Go version of panic_top_level.gs.
package main

import "fmt"

func main() {
	values := [3]int{10, 5, 0}
	for _, v := range values {
		fmt.Println(100 / v)
	}
}
