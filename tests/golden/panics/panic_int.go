// panic with an int value prints the number.
package main

import "fmt"

func main() {
	fmt.Println("about to panic")
	panic(42)
}
