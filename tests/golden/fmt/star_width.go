// Width and precision taken from arguments with *.
package main

import "fmt"

func main() {
	fmt.Printf("[%*d]\n", 6, 42)
	fmt.Printf("[%-*d]\n", 6, 42)
	fmt.Printf("[%*d]\n", -6, 42)
	fmt.Printf("[%.*f]\n", 2, 3.14159)
	fmt.Printf("[%*.*f]\n", 10, 3, 3.14159)
	fmt.Printf("[%*s|%-*s]\n", 4, "ab", 4, "cd")
	w := 3
	fmt.Printf("[%0*d]\n", w, 7)
}
