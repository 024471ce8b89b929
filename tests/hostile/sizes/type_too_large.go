// Abuses: an array type larger than the address space, [1<<61+1]int64
// (gc rejects the type even when only a pointer to it is used).
package main

import "fmt"

type T [1<<61 + 1]int64

func main() {
	var p *T
	fmt.Println(p == nil)
}
