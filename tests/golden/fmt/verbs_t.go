// %t on booleans, with width.
package main

import "fmt"

func main() {
	fmt.Printf("%t %t\n", true, false)
	fmt.Printf("[%6t] [%-6t]\n", true, false)
	fmt.Printf("%v %v\n", 1 < 2, 2 < 1)
	b := fmt.Sprintf("%t", 3 > 2)
	fmt.Println(b, len(b))
}
