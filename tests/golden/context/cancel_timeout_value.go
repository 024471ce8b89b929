// Background and TODO, WithCancel, WithTimeout, WithDeadline and WithValue:
// what they print, their errors, cancellation reaching children, a
// context embedded in a program type, and the panics of bad arguments.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

type myCtx struct{ context.Context }

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO())
	fmt.Printf("%T %v %v\n", bg, bg.Err(), bg.Done() == nil)
	d, ok := bg.Deadline()
	fmt.Println(d, ok)

	ctx, cancel := context.WithCancel(bg)
	fmt.Println(ctx, ctx.Err())
	fmt.Printf("%T\n", ctx)
	child, cancelChild := context.WithCancel(ctx)
	vctx := context.WithValue(child, key("user"), "alice")
	fmt.Println(vctx)
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("other")), vctx.Value("user"))
	done := make(chan bool)
	go func() {
		<-vctx.Done()
		fmt.Println("child done:", vctx.Err(), errors.Is(vctx.Err(), context.Canceled))
		done <- true
	}()
	cancel()
	<-done
	fmt.Println(ctx.Err(), child.Err())
	cancelChild()
	cancel()

	tctx, tcancel := context.WithTimeout(bg, 20*time.Millisecond)
	defer tcancel()
	_, hasDeadline := tctx.Deadline()
	fmt.Printf("%T %v\n", tctx, hasDeadline)
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), tctx.Err() == context.DeadlineExceeded)
	case <-time.After(time.Second):
		fmt.Println("no timeout")
	}
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(tctx.Err(), &te), te.Timeout())
	fmt.Printf("%T %q\n", context.DeadlineExceeded, context.DeadlineExceeded.Error())

	past, pcancel := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println(past.Err())
	pcancel()

	outer, ocancel := context.WithTimeout(bg, time.Hour)
	inner, icancel := context.WithTimeout(outer, 2*time.Hour)
	fmt.Printf("%T\n", inner)
	ocancel()
	fmt.Println(inner.Err())
	icancel()

	m := myCtx{context.Background()}
	mc, mcancel := context.WithCancel(m)
	fmt.Println(mc)
	mcancel()
	fmt.Println(mc.Err())

	emb, ecancel := context.WithCancel(bg)
	wrapped := myCtx{emb}
	wc, wcancel := context.WithCancel(wrapped)
	ecancel()
	fmt.Println(wc.Err())
	wcancel()

	for _, f := range []func(){
		func() { _, c := context.WithCancel(nil); c() },
		func() { _ = context.WithValue(bg, nil, 1) },
		func() { _ = context.WithValue(bg, []int{1}, 1) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
	fmt.Println(context.WithValue(bg, 1, 2), context.WithValue(bg, key("k"), key("v")), context.WithValue(bg, "a", time.Second))
}
