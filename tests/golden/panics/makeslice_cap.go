// make with a capacity below the length panics.
package main

import "fmt"

func main() {
	n, c := 5, 3
	fmt.Println("making")
	s := make([]string, n, c)
	fmt.Println(len(s))
}
