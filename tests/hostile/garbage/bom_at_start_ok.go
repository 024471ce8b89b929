// Abuses: a single byte order mark at the very start (legal), then
// a program that prints.
package main

import "fmt"

func main() {
	fmt.Println("ok")
}
