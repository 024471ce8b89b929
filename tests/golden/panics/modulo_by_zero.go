// Integer remainder by zero also panics: integer divide by zero.
package main

import "fmt"

func main() {
	var a, b uint8 = 7, 0
	fmt.Println("start", a)
	fmt.Println(a % b)
}
