// The oracle of slices.gs: which slices share a backing array, and over
// which elements, read from Go's slice headers with unsafe. Two slices
// share an array when the memory their capacities reach overlaps.
package main

import (
	"fmt"
	"unsafe"
)

type header struct {
	data     uintptr
	len, cap int
}

func hdr(s *[]int) header { return *(*header)(unsafe.Pointer(s)) }

// overlap: whether a and b share a backing array, and the indexes [from, to)
// of a whose elements b also sees
func overlap(a, b []int) (bool, int, int) {
	ha, hb := hdr(&a), hdr(&b)
	const size = int(unsafe.Sizeof(0))
	if ha.cap == 0 || hb.cap == 0 {
		return false, 0, 0
	}
	shared := ha.data < hb.data+uintptr(hb.cap*size) && hb.data < ha.data+uintptr(ha.cap*size)
	lo, hi := ha.data, ha.data+uintptr(ha.len*size)
	if hb.data > lo {
		lo = hb.data
	}
	if e := hb.data + uintptr(hb.len*size); e < hi {
		hi = e
	}
	if !shared || hi <= lo {
		return shared, 0, 0
	}
	return true, int(lo-ha.data) / size, int(hi-ha.data) / size
}

func main() {
	a := make([]int, 10, 10)
	b := a[2:5]
	c := append(b, 1) // room in a: writes a[5]
	d := append(a, 1) // no room: a new array
	e := a[8:]
	f := a[5:7:7]
	g := append(f, 2) // f is full: a new array
	fmt.Println(overlap(a, b))
	fmt.Println(overlap(b, c))
	shared, from, to := overlap(a, c)
	fmt.Println(shared, from, to, a[5])
	fmt.Println(overlap(a, d))
	fmt.Println(overlap(b, e))
	fmt.Println(overlap(f, g))
	fmt.Println(overlap(a, a[:0]))
	fmt.Println(hdr(&b).len, hdr(&b).cap, hdr(&c).cap, hdr(&d).cap, hdr(&g).cap)
	fmt.Println(hdr(&b).data-hdr(&a).data == 2*unsafe.Sizeof(0), hdr(&d).data != hdr(&a).data)
}
