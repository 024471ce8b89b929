// A negative variable index panics with "index out of range [-1]".
package main

import "fmt"

func main() {
	arr := [4]string{"a", "b", "c", "d"}
	i := 2
	fmt.Println(arr[i])
	i -= 3
	fmt.Println(arr[i])
}
