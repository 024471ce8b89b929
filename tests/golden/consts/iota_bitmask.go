// iota patterns: bit flags and KB/MB/GB sizes.
package main

import "fmt"

const (
	Read = 1 << iota
	Write
	Exec
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

func main() {
	fmt.Println(Read, Write, Exec, Read|Exec)
	fmt.Println(KB, MB, GB, TB)
	perm := Read | Write
	fmt.Println(perm&Write != 0, perm&Exec != 0)
}
