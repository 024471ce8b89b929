// panic with a bool value.
package main

import "fmt"

func main() {
	fmt.Println("x")
	panic(false)
}
