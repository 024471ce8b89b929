// Indexing an array with an out-of-range variable index panics.
package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	for i := 0; i <= len(arr); i++ {
		fmt.Println(arr[i])
	}
}
