// The oracle of map_never_shrinks.gs: the same program in Go, reading the
// map's header (runtime.hmap) with unsafe where the script uses gos/inspect.
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

func main() {
	m := map[int][64]byte{}
	show := func(what string) {
		h := *(**hmap)(unsafe.Pointer(&m))
		fmt.Printf("%-28s len %7d  B %2d  %6d buckets\n", what, h.count, h.B, 1<<h.B)
	}
	show("new")
	for i := 0; i < 100000; i++ {
		m[i] = [64]byte{}
	}
	show("after 100,000 inserts")
	for i := 0; i < 99990; i++ {
		delete(m, i)
	}
	show("after deleting all but 10")
	smaller := make(map[int][64]byte, len(m))
	for k, v := range m {
		smaller[k] = v
	}
	m = smaller
	show("copied into a new map")
}
