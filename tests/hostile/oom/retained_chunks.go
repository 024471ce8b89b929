// Abuses: allocating 64 MB byte slices forever and keeping every one alive.
package main

import "fmt"

func main() {
	var keep [][]byte
	for i := 0; ; i++ {
		b := make([]byte, 64<<20)
		b[i%len(b)] = 1
		keep = append(keep, b)
		if i == 4 {
			fmt.Println("kept", len(keep))
		}
	}
}
