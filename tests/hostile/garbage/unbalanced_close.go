// Abuses: stray closing braces and brackets after a complete function.
package main

import "fmt"

func main() {
	fmt.Println(1)
}
}
])
}
