// The oracle of subslice_retains.gs: the same program in Go.
package main

import "fmt"

func header() []byte {
	buf := make([]byte, 1<<20)
	copy(buf, "GOS-HEADER-0001.")
	return buf[:16]
}

func headerCopy() []byte {
	buf := make([]byte, 1<<20)
	copy(buf, "GOS-HEADER-0001.")
	return append([]byte(nil), buf[:16]...)
}

func main() {
	kept := header()
	fmt.Printf("%q len %d cap %d: the whole 1 MB array stays reachable\n", kept, len(kept), cap(kept))
	copied := headerCopy()
	fmt.Printf("%q len %d cap %d: only these bytes stay\n", copied, len(copied), cap(copied))
}
