// Abuses: new([1<<35]byte): a 32 GiB object from new.
package main

import "fmt"

func main() {
	fmt.Println("start")
	p := new([1 << 35]byte)
	p[1<<34] = 1
	fmt.Println(p[1<<34])
}
