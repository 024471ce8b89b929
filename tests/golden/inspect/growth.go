// The oracle of growth.gs: Go's own B (log2 of the bucket count) after
// each of 100,000 inserts, read from the runtime's hmap with unsafe, then
// after deleting every key: maps never shrink.
package main

import (
	"fmt"
	"unsafe"
)

// Go 1.19's runtime.hmap
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

func header(m map[int]int) *hmap { return *(**hmap)(unsafe.Pointer(&m)) }

func main() {
	m := map[int]int{}
	last := -1
	for i := 1; i <= 100000; i++ {
		m[i] = i
		if b := int(header(m).B); b != last {
			fmt.Println("after", i, "inserts: B", b)
			last = b
		}
	}
	for i := 1; i <= 100000; i++ {
		delete(m, i)
	}
	fmt.Println("after deleting every key: len", len(m), "B", header(m).B)
	for i := 1; i <= 10; i++ {
		m[-i] = i
	}
	fmt.Println("after 10 more inserts: len", len(m), "B", header(m).B)
	h := map[string]int{}
	fmt.Println("new map: B", (*(**hmap)(unsafe.Pointer(&h))).B)
	big := make(map[int]int, 1000)
	fmt.Println("make(map[int]int, 1000): B", header(big).B)
}
