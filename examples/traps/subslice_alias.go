// The oracle of subslice_alias.gs: the same program in Go, reading the
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

// overlap: whether a and b share a backing array, and the indexes [from, to)
// of a whose elements b also sees
func overlap(a, b []int) (bool, int, int) {
	ha, hb := *(*header)(unsafe.Pointer(&a)), *(*header)(unsafe.Pointer(&b))
	const size = int(unsafe.Sizeof(0))
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
	nums := []int{1, 2, 3, 4, 5}
	head := nums[:2]
	head[0] = 100
	fmt.Println("after head[0] = 100:    ", nums)
	head = append(head, 99)
	fmt.Println("after append(head, 99): ", nums)
	shared, from, to := overlap(nums, head)
	fmt.Println("nums and head share an array:", shared, "- head sees nums[", from, ":", to, "]")
	safe := nums[:2:2]
	safe = append(safe, -1)
	shared, _, _ = overlap(nums, safe)
	fmt.Println("after append(nums[:2:2], -1):", nums, "- still shared:", shared)
}
