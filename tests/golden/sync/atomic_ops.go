package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits  atomic.Int64
	ready atomic.Bool
	name  atomic.Value
}

func main() {
	var n int32
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt32(&n, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&n))

	var u uint32 = 1
	fmt.Println(atomic.AddUint32(&u, ^uint32(0)), atomic.CompareAndSwapUint32(&u, 0, 7), u)
	fmt.Println(atomic.CompareAndSwapUint32(&u, 0, 9), u, atomic.SwapUint32(&u, 3), u)
	var i64 int64 = -5
	atomic.StoreInt64(&i64, 1<<40)
	fmt.Println(atomic.AddInt64(&i64, -1), atomic.LoadInt64(&i64))
	var u64 uint64
	fmt.Println(atomic.AddUint64(&u64, ^uint64(0)))
	var p uintptr
	fmt.Println(atomic.AddUintptr(&p, 3), atomic.LoadUintptr(&p))
	var small int32 = 2147483647
	fmt.Println(atomic.AddInt32(&small, 1))

	var s stats
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.hits.Add(2)
		}()
	}
	wg.Wait()
	fmt.Println(s.hits.Load(), s.ready.Load(), s.ready.CompareAndSwap(false, true), s.ready.Load(), s.ready.Swap(false))
	fmt.Println(s.name.Load() == nil)
	s.name.Store("first")
	fmt.Println(s.name.Load(), s.name.Swap("second"), s.name.Load())
	fmt.Println(s.name.CompareAndSwap("nope", "x"), s.name.CompareAndSwap("second", "third"), s.name.Load())
	var c atomic.Uint32
	c.Store(5)
	fmt.Println(c.Add(1), c.Swap(0), c.Load())

	defer func() { fmt.Println("recovered:", recover()) }()
	s.name.Store(42)
}
