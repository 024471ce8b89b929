// Methods of sync and sync/atomic types on nil pointers panic as Go's do,
// and a recovered panic leaves the program running.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover() != nil) }()
	f()
}

func main() {
	var mu *sync.Mutex
	var wg *sync.WaitGroup
	var once *sync.Once
	var m *sync.Map
	var p *int32
	var v *atomic.Value
	var t *time.Timer
	try("Mutex", func() { mu.Lock() })
	try("WaitGroup", func() { wg.Wait() })
	try("Once", func() { once.Do(func() {}) })
	try("Map", func() { m.Store(1, 1) })
	try("AddInt32", func() { atomic.AddInt32(p, 1) })
	try("Value", func() { v.Load() })
	try("Timer", func() { t.Stop() })
	try("nil func Once", func() {
		var o sync.Once
		o.Do(nil)
	})
	try("zero Timer", func() {
		var z time.Timer
		z.Stop()
	})
	fmt.Println("still running")
}
