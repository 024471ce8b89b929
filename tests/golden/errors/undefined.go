// Using names that are not declared.
package main

import "fmt"

func main() {
	fmt.Println(x)            // ERROR "undefined: x"
	y = 3                     // ERROR "undefined: y"
	fmt.Println(undefinedF()) // ERROR "undefined: undefinedF"
	fmt.Printline("a")        // ERROR "undefined: fmt.Printline"
}
