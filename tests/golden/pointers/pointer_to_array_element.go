// Pointers to array elements and to whole arrays.
package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	p := &arr[2]
	*p = 30
	fmt.Println(arr)
	pa := &arr
	pa[0] = 10
	fmt.Println(arr, len(pa), (*pa)[1])
	for i := range pa {
		pa[i] *= 2
	}
	fmt.Println(arr)
	b := arr
	pb := &b[3]
	*pb = 0
	fmt.Println(arr[3], b[3])
}
