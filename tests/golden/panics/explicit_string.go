// panic with a string value after some output.
package main

import "fmt"

func main() {
	fmt.Println("working")
	panic("something went wrong")
}
