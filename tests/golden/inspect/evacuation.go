// The oracle of evacuation.gs: once a map starts to grow, every write
// evacuates the old bucket it touches and then the first one not yet
// evacuated (nevacuate), so nevacuate never goes back, moves on at every
// write, and the growth ends within as many writes as there are old
// buckets. Read from Go's hmap with unsafe.
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

func header(m map[int]int) *hmap { return *(**hmap)(unsafe.Pointer(&m)) }

func main() {
	for _, n := range []int{53, 105, 417, 6657} { // the inserts that start a growth (growth.out)
		m := map[int]int{}
		for i := 1; i < n; i++ {
			m[i] = i
		}
		m[n] = n
		h := header(m)
		old := 1 << (h.B - 1)
		fmt.Println("insert", n, "starts growing from", old, "to", 1<<h.B, "buckets; evacuated at once at least 1:", h.nevacuate >= 1)
		writes, moving, last := 0, true, h.nevacuate
		for header(m).oldbuckets != nil {
			m[n+1+writes] = 0
			writes++
			moving = moving && (header(m).oldbuckets == nil || header(m).nevacuate > last)
			last = header(m).nevacuate
		}
		fmt.Println("  evacuation moved at every write:", moving, "done within", old, "writes:", writes <= old)
	}
}
