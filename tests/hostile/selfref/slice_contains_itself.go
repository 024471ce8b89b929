// Abuses: a []interface{} whose element is the slice itself, printed with %v.
package main

import "fmt"

func main() {
	s := []interface{}{1, nil, "x"}
	s[1] = s
	fmt.Println(len(s), s[2])
	fmt.Printf("%v\n", s)
}
