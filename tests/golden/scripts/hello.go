// Go version of hello.gs: top-level statements, fmt used without an import.
package main

import "fmt"

func main() {
	greeting := "hello"
	for i := 0; i < 3; i++ {
		fmt.Println(greeting, i)
	}
	fmt.Printf("%s has %d bytes\n", greeting, len(greeting))
}
