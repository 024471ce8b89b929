// A deferred call that panics while the program panics: Go prints both.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred 1")
	defer func() {
		panic("second")
	}()
	panic("first")
}
