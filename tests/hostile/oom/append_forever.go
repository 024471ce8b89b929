// Abuses: appending to a slice forever (in 16 MB chunks), until memory runs
// out.
package main

import "fmt"

func main() {
	chunk := make([]int64, 1<<21)
	var s []int64
	for i := 0; ; i++ {
		s = append(s, chunk...)
		if i == 10 {
			fmt.Println("growing", len(s))
		}
	}
}
