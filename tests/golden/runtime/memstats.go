// runtime.GC, ReadMemStats and MemStats: the fields gos fills move as
// Go's do (allocation raises Alloc, TotalAlloc and Mallocs; GC counts),
// MemProfileRate starts at 0 in a program that never profiles, and the
// platform constants.
package main

import (
	"fmt"
	"runtime"
)

var keep [][]byte

func main() {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	before, total, mallocs, gcs := m.Alloc, m.TotalAlloc, m.Mallocs, m.NumGC
	for i := 0; i < 100; i++ {
		keep = append(keep, make([]byte, 1<<20))
	}
	runtime.ReadMemStats(&m)
	fmt.Println(m.Alloc-before > 90<<20, m.TotalAlloc-total >= 100<<20, m.Sys >= m.Alloc, m.HeapAlloc == m.Alloc)
	fmt.Println(m.Mallocs-mallocs >= 100, m.EnableGC, m.DebugGC, len(m.PauseNs), len(m.BySize))
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println(m.NumGC > gcs, m.HeapSys >= m.HeapInuse)
	fmt.Println(runtime.GOOS, runtime.GOARCH == "amd64" || runtime.GOARCH == "arm64", runtime.MemProfileRate)
	runtime.MemProfileRate = 1
	fmt.Println(runtime.MemProfileRate)
}
