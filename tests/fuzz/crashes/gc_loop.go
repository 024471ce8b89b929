// Found by fuzz_run as a timeout: runtime.GC called thousands of times, in
// a fuzzer whose heap is hundreds of MB. Each collection is now charged to
// the step limit in proportion to the heap it scans, so the run ends there.
package main

import "runtime"

func main() {
	for i := 0; i < 10000; i++ {
		c := make(chan int, 10)
		_ = c
		runtime.GC()
		runtime.Gosched()
	}
}
