// init functions run after package variables, in source order, before main.
package main

import "fmt"

var ready = setup()

func setup() bool {
	fmt.Println("variable initialised")
	return true
}

func init() {
	fmt.Println("first init, ready =", ready)
	counter++
}

func init() {
	fmt.Println("second init")
	counter += 10
}

var counter int

func main() {
	fmt.Println("main", counter)
}
