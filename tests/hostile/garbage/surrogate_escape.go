// Abuses: escapes naming invalid code points (a surrogate, beyond U+10FFFF).
package main

import "fmt"

func main() {
	fmt.Println("\uD800", '\U00110000')
}
