// Contexts abused: a 1,000,000-deep WithValue/WithCancel chain looked up
// from its bottom, a cancel function called 100,000 times and from 1,000
// goroutines at once, a program Context whose Done panics, one whose
// Value calls back into context, and one that is its own parent (Value
// recursing without end: Go's stack overflow).
package main

import (
	"context"
	"fmt"
	"time"
)

type panicky struct{ context.Context }

func (panicky) Done() <-chan struct{} { panic("Done exploded") }

type reentrant struct{ context.Context }

func (r reentrant) Value(key any) any {
	c, cancel := context.WithCancel(r.Context)
	defer cancel()
	return c.Value(key)
}

type selfish struct {
	context.Context
	self context.Context
}

func (s *selfish) Value(key any) any { return s.self.Value(key) }

func main() {
	ctx := context.Background()
	root, rootCancel := context.WithCancel(ctx)
	ctx = root
	for i := 0; i < 1000000; i++ {
		ctx = context.WithValue(ctx, i, i*2)
	}
	fmt.Println(ctx.Value(0), ctx.Value(999999), ctx.Value(-1), ctx.Err())
	rootCancel()
	<-ctx.Done()
	fmt.Println(ctx.Err())

	c, cancel := context.WithTimeout(context.Background(), time.Hour)
	for i := 0; i < 100000; i++ {
		cancel()
	}
	done := make(chan bool)
	for g := 0; g < 1000; g++ {
		go func() { cancel(); done <- true }()
	}
	for g := 0; g < 1000; g++ {
		<-done
	}
	fmt.Println(c.Err())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_, cancel := context.WithCancel(panicky{context.Background()})
		cancel()
	}()

	rc, rcancel := context.WithCancel(reentrant{context.Background()})
	fmt.Println(rc.Value("k"))
	rcancel()

	s := &selfish{Context: context.Background()}
	s.self = s
	_, scancel := context.WithCancel(s)
	defer scancel()
	fmt.Println(s.Value("never"))
}
