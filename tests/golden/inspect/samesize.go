// The oracle of samesize.gs: churn (insert a new key, delete the oldest)
// on a map whose size stays put fills buckets unevenly until overflow
// buckets pile up; Go then grows the map in place, keeping B, to pack them
// again. Read from Go's hmap with unsafe.
package main

import (
	"fmt"
	"unsafe"
)

type hmap struct {
	count      int
	flags      uint8
	B          uint8
	noverflow  uint16
	hash0      uint32
	buckets    unsafe.Pointer
	oldbuckets unsafe.Pointer
	nevacuate  uintptr
	extra      unsafe.Pointer
}

const sameSizeGrow = 8 // hmap.flags

func header(m map[int]int) *hmap { return *(**hmap)(unsafe.Pointer(&m)) }

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	before := header(m).B
	seen, sameB, piled := false, true, false
	for i := 100; i < 1000000 && !seen; i++ {
		n := header(m).noverflow
		m[i] = i
		delete(m, i-100)
		h := header(m)
		if h.oldbuckets != nil {
			seen = h.flags&sameSizeGrow != 0
			sameB = h.B == before
			piled = n >= 1<<before
		}
	}
	fmt.Println("B", before, "len", len(m))
	fmt.Println("same-size growth seen:", seen, "B unchanged:", sameB, "after 2^B overflow buckets:", piled)
	for i := 0; i < 100 && header(m).oldbuckets != nil; i++ {
		m[-1] = i
	}
	fmt.Println("finished:", header(m).oldbuckets == nil, "B", header(m).B, "len", len(m))
}
