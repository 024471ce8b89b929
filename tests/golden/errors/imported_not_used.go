// Imported packages that are never used.
package main

import (
	"fmt"
	"math" // ERROR "imported and not used: .math."
	"os"   // ERROR "imported and not used: .os."
)

func main() {
	fmt.Println("hi")
}
