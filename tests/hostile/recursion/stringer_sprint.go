// Abuses: a String method that formats its own receiver with fmt.Sprint, so
// printing the value recurses forever inside fmt.
package main

import "fmt"

type T struct{ n int }

func (t T) String() string { return fmt.Sprint(t) }

func main() {
	fmt.Println("start")
	fmt.Println(T{1})
}
