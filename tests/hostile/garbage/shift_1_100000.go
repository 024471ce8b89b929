// Abuses: a constant shift by 100000 (1<<100000).
package main

import "fmt"

const c = 1 << 100000

func main() {
	fmt.Println(c > 0)
}
