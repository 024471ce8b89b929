// A parent the package does not know (watched by a goroutine, as Go's),
// a 1,000-deep chain of contexts, a 1,000-wide tree, and workers
// stopped by a timeout.
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

// A Context of the program's own, with its own done channel.
type custom struct {
	done chan struct{}
	err  error
}

func (c *custom) Deadline() (time.Time, bool)    { return time.Time{}, false }
func (c *custom) Done() <-chan struct{}          { return c.done }
func (c *custom) Err() error                     { return c.err }
func (c *custom) Value(key any) any              { return nil }
func (c *custom) stop(err error)                 { c.err = err; close(c.done) }

func main() {
	c := &custom{done: make(chan struct{})}
	child, cancel := context.WithCancel(c)
	fmt.Println(child, runtime.NumGoroutine())
	grand := context.WithValue(child, "k", "v")
	c.stop(fmt.Errorf("custom stop"))
	<-grand.Done()
	fmt.Println(grand.Err(), child.Err())
	cancel()
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())

	c2 := &custom{done: make(chan struct{})}
	child2, cancel2 := context.WithCancel(c2)
	cancel2()
	runtime.Gosched()
	fmt.Println(child2.Err(), runtime.NumGoroutine())

	// many nested contexts: cancelling the root reaches all
	root, rc := context.WithCancel(context.Background())
	ctx := root
	var cancels []context.CancelFunc
	for i := 0; i < 1000; i++ {
		var cf context.CancelFunc
		ctx, cf = context.WithCancel(ctx)
		cancels = append(cancels, cf)
		ctx = context.WithValue(ctx, i, i)
	}
	fmt.Println(ctx.Value(5), ctx.Value(999), ctx.Value(1000))
	rc()
	<-ctx.Done()
	fmt.Println(ctx.Err())
	for _, cf := range cancels {
		cf()
	}
	// a wide tree
	wide, wc := context.WithCancel(context.Background())
	var leaves []context.Context
	for i := 0; i < 1000; i++ {
		l, lc := context.WithTimeout(wide, time.Hour)
		defer lc()
		leaves = append(leaves, l)
	}
	wc()
	n := 0
	for _, l := range leaves {
		if l.Err() == context.Canceled {
			n++
		}
	}
	fmt.Println(n)
	// workers stopped by a timeout
	tctx, tcancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer tcancel()
	results := make(chan int)
	for w := 0; w < 3; w++ {
		go func(w int) {
			for i := 0; ; i++ {
				select {
				case <-tctx.Done():
					results <- w
					return
				case <-time.After(time.Millisecond):
				}
			}
		}(w)
	}
	sum := 0
	for w := 0; w < 3; w++ {
		sum += <-results
	}
	fmt.Println("workers stopped", sum, tctx.Err())
}
