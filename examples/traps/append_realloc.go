// The oracle of append_realloc.gs: the same program in Go, reading the
// slice headers with unsafe where the script uses gos/inspect.
package main

import (
	"fmt"
	"unsafe"
)

type header struct {
	data     uintptr
	len, cap int
}

func shares(a, b []int) bool {
	ha, hb := *(*header)(unsafe.Pointer(&a)), *(*header)(unsafe.Pointer(&b))
	const size = int(unsafe.Sizeof(0))
	return ha.data < hb.data+uintptr(hb.cap*size) && hb.data < ha.data+uintptr(ha.cap*size)
}

func main() {
	a := make([]int, 3, 4)
	b := append(a, 1)
	b[0] = 7
	fmt.Println("cap", cap(a), "-> cap", cap(b), "shared:", shares(a, b), "a[0] =", a[0])
	c := append(b, 2)
	c[0] = 8
	fmt.Println("cap", cap(b), "-> cap", cap(c), "shared:", shares(b, c), "b[0] =", b[0])
	s := []int{}
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Print(cap(s), " ")
			last = cap(s)
		}
	}
	fmt.Println()
}
