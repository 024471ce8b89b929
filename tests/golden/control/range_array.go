// range over an array value iterates over a copy of the array.
package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	for i, v := range arr {
		if i == 0 {
			arr[3] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr)
	p := &arr
	for i, v := range p {
		if i == 0 {
			arr[3] = 200
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	sum := 0
	for i := range arr {
		sum += i
	}
	fmt.Println(sum)
}
